export interface PolicyMode {
  production: boolean;
  dev: boolean;
  nonce?: string;
}
export const nonceRoutes: RegExp;
export function contentSecurityPolicy(mode: PolicyMode): string;
export function securityHeaders(
  mode: Omit<PolicyMode, 'nonce'>,
  options?: { withPolicy?: boolean; isolate?: boolean },
): { key: string; value: string }[];
export function headersFor(
  request: { pathname: string; hasVisitType: boolean },
  mode: Required<PolicyMode>,
): { key: string; value: string }[];
