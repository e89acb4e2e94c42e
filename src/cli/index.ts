/** cli: the `weft` command (run, check, eval). May import: shared, domain, iml, engine, apps. */
export {};
