/** Words before a noun that make a participle between them a modifier: "the fired director". */
export const DETERMINER_WORDS = 'the|a|an|his|her|their|its|this|that';
