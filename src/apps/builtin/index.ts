/** builtin: flow control and tools (router, iterator, aggregators, variables). Arrives with the engine issue. */
export {};
