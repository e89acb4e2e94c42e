import { Navigate, Route, Router } from '@solidjs/router';
import { lazy, type JSX } from 'solid-js';
import { HistoryPage } from './pages/history';
import { ScenariosPage } from './pages/scenarios';
import { SettingsPage } from './pages/settings';
import { ConnectionsPage, DataStoresPage } from './pages/simple-lists';
import { WebhooksPage } from './pages/webhooks';
import { UsagePage } from './pages/usage';
import { useServices } from './services';
import { Shell } from './shell';
import { ThemeContext, createTheme } from './theme';

// The editor (canvas, module catalogue, every app's spec, the mapping language) is its own chunk,
// loaded when a scenario or a past run is opened; the service worker precaches it for offline.
const ScenarioDetailPage = lazy(() =>
  import('./pages/scenario-detail').then((m) => ({ default: m.ScenarioDetailPage })),
);
const RunViewPage = lazy(() =>
  import('./pages/run-view').then((m) => ({ default: m.RunViewPage })),
);

/** The whole UI: client-side routes inside the shell. Needs <ServicesContext.Provider> above it. */
export function App(): JSX.Element {
  const theme = createTheme(useServices());
  return (
    <ThemeContext.Provider value={theme}>
      <Router root={Shell}>
        <Route path="/" component={() => <Navigate href="/scenarios" />} />
        <Route path="/scenarios" component={ScenariosPage} />
        <Route path="/scenarios/:id" component={ScenarioDetailPage} />
        <Route path="/history" component={HistoryPage} />
        <Route path="/history/:id" component={RunViewPage} />
        <Route path="/connections" component={ConnectionsPage} />
        <Route path="/data-stores" component={DataStoresPage} />
        <Route path="/webhooks" component={WebhooksPage} />
        <Route path="/usage" component={UsagePage} />
        <Route path="/settings" component={SettingsPage} />
        <Route path="*" component={() => <Navigate href="/scenarios" />} />
      </Router>
    </ThemeContext.Provider>
  );
}
