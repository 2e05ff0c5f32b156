// The few Observable Plot marks the app draws, re-exported so the lazily loaded chunk keeps only these.
export { dodgeY, dotX, plot } from '@observablehq/plot'
