export * from './principles.data';
export * from './focus-points.data';
export * from './focus-point.lookup';
export * from './reflection-questions.data';
export * from './answer-input.schema';
