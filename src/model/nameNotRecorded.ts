/**
 * What a person is called when their list item has no name (Title) and nothing to build one from,
 * so every card, link and heading still has readable text.
 */
export const NAME_NOT_RECORDED = 'Name not recorded';
