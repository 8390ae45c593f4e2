/**
 * Every command the bot handles, by kind. Each area contributes one object in its own file; add a line here.
 * Kinds without a handler answer "komt binnenkort".
 */
import { CommandHandlers } from './command-handler';
import { partnershipCommands } from './partnership.commands';
import { privacyCommands } from './privacy.commands';
import { promptCommands } from './prompt.commands';
import { rhythmCommands } from './rhythm.commands';
import { setupCommands } from './setup.commands';
import { circlesCommands } from './circles.commands';
import { dialogueCommands } from './dialogue.commands';
import { digestCommands } from './digest.commands';

export * from './command-handler';

export const COMMAND_HANDLERS: CommandHandlers = {
  ...partnershipCommands,
  ...promptCommands,
  ...rhythmCommands,
  ...setupCommands,
  ...privacyCommands,
  ...circlesCommands,
  ...dialogueCommands,
  ...digestCommands,
};
