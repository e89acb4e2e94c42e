import { render } from 'solid-js/web';
import { startEngineWorker } from '../bridge';
import { App } from './app';
import { ServicesContext, createServices } from './services';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');
const services = createServices(startEngineWorker());
render(
  () => (
    <ServicesContext.Provider value={services}>
      <App />
    </ServicesContext.Provider>
  ),
  root,
);
