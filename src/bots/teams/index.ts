/** Microsoft Teams (botbuilder). The only entry point other folders use. */
export { registerTeams } from './teams.platform';
