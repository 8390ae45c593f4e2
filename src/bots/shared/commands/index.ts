/**
 * Every command the bot handles, by kind. Each area contributes one object in its own file; add a line here.
 * Kinds without a handler answer "komt binnenkort".
 */
import { CommandHandlers } from './command-handler';
import { partnershipCommands } from './partnership.commands';
import { promptCommands } from './prompt.commands';

export * from './command-handler';

export const COMMAND_HANDLERS: CommandHandlers = {
  ...partnershipCommands,
  ...promptCommands,
};
