/** apps: module specs and handlers. May import: shared, domain, iml, apps. */
export * from './contract';
export * from './registry';
export { defineModule, field } from './define';
