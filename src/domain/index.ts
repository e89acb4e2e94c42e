/** domain: blueprint types, restore/validate/migrate, scenario graph helpers. May import: shared. */
export * from './scenario';
