/// <reference lib="webworker" />
// Composition root of the engine worker: nothing but exposing the API (DESIGN.md §3).
import { expose } from 'comlink';
import { createEngineApi } from './engine-api';

expose(createEngineApi());
