/**
 * Apache Velocity with Genesys semantics, on velocityjs: {@link renderTemplate}, the value model
 * and the template tools.
 */
export { renderTemplate, type RenderSettings } from './render.js';
export { VelocityError } from './errors.js';
export { createTools } from './tools/index.js';
export { withoutRegexEvaluation } from './methods/java-regex.js';
export { type VValue, type VMap, fromJson, toJavaString } from './values.js';
