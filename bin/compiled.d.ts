export const ROOT: string
export function sourceStamp(root?: string): string
export function isCompiledCurrent(root?: string): boolean
export function writeStamp(stamp: string, root?: string): void
