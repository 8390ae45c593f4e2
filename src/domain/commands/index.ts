export * from './command.types';
export { parseCommand, detectCommandLocale } from './command.parser';
export { COMMAND_WORDS, COMMAND_PHRASES } from './command-words';
export * from './command-usage';
export { parseMention } from './mention.parser';
export { parseDate, parseTime, parseWeekday, isoDate } from './argument.parsers';
