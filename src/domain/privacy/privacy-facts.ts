/** Lifetimes the chat, the pages and the tokens agree on. */
export const FORGET_TOKEN_MINUTES = 15;
