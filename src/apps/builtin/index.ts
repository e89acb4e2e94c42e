/** builtin: flow control and tools (router, iterator, aggregators, variables, directives). */
import { arrayAggregator, numericAggregator, tableAggregator, textAggregator } from './aggregators';
import { iterator, repeater } from './iterator';
import { directives, router } from './router-and-directives';
import { basicTrigger, compose, increment, switcher } from './tools';
import {
  getVariable2,
  getVariableLegacy,
  getVariables,
  setVariable2,
  setVariableLegacy,
  setVariables,
} from './variables';

export const builtinModules = [
  router,
  iterator,
  repeater,
  arrayAggregator,
  ...directives,
  setVariable2,
  setVariables,
  getVariable2,
  getVariables,
  setVariableLegacy,
  getVariableLegacy,
  increment,
  compose,
  switcher,
  basicTrigger,
  textAggregator,
  numericAggregator,
  tableAggregator,
];
