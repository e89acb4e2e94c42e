/** iml: Make's mapping language (tokenizer, parser, evaluator, functions). May import: shared, domain. */
export {};
