/** The browser playground. The only entry point other folders use. */
export { registerPlayground } from './playground.platform';
export type { PlaygroundHandle } from './playground.platform';
export type { LinkSource, PlaygroundLink } from './playground-links';
