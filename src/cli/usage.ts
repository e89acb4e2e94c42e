export const usage = `usage: weft <command> [options]

commands:
  eval '<field text>' [--bundles <file.json>] [--now <ISO>] [--timezone <IANA>]
  run <blueprint.json> [--input <bundles.json>] [--cycles N] [--datastore <id>=<records.json>] [--files <folder>] [--now <ISO>] [--timezone <IANA>]
      [--requests <requests.json>] [--connection <id>=<connection.json>]
  check <blueprint.json>
`;
