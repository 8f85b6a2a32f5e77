export const STAGE: string;
export const STAGE_VIEWPORT: { width: number; height: number };
export const FRAMEWORKS: Record<string, string>;
export const TAILWIND_PATH: string;
