/** `env` with the allocator settings added to `GLIBC_TUNABLES` (a setting already given is kept). */
export function withAllocatorTunables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/** Whether `env` already holds every allocator setting. */
export function hasAllocatorTunables(env: NodeJS.ProcessEnv): boolean;
