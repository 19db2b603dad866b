/**
 * Why this exists: on pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`), assigning a plain string to a
 * script's `src` or text throws. Gated scripts are re-created by us, so we
 * pass their (page-authored) source through a policy named `cookie-consent`,
 * which the page allows in its `trusted-types` directive. The policy is
 * created once per document: a second `createPolicy` with the same name fails.
 */

interface ScriptPolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (s: string) => string; createScriptURL: (s: string) => string }): ScriptPolicy;
}

/** The policy name a page must allow in `trusted-types`. */
export const POLICY_NAME = 'cookie-consent';

let cached: ScriptPolicy | null | undefined;

/**
 * Returns our Trusted Types policy, or null where Trusted Types do not exist
 * or the page does not allow our policy name (plain strings are then tried,
 * which works unless the page enforces Trusted Types).
 */
export function scriptPolicy(): ScriptPolicy | null {
  if (cached !== undefined) return cached;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  cached = null;
  if (factory) {
    try {
      // Identity on purpose: the inputs are the page's own gated markup, and
      // URLs were already limited to http(s) and relative ones by the caller.
      cached = factory.createPolicy(POLICY_NAME, { createScript: (s) => s, createScriptURL: (s) => s });
    } catch {
      cached = null;
    }
  }
  return cached;
}

let refusalReported = false;

/**
 * Runs a Trusted Types sink assignment. Where the page refuses it, says so
 * once per page — whatever tried (a gated script, the preferences view) —
 * and returns false instead of throwing.
 */
function assign(apply: () => void): boolean {
  try {
    apply();
    return true;
  } catch {
    if (!refusalReported) {
      refusalReported = true;
      console.warn(
        `[cookie-consent] This page enforces Trusted Types and refused the "${POLICY_NAME}" policy, so gated scripts and the preferences stay off. Add ${POLICY_NAME} to the page's trusted-types directive.`,
      );
    }
    return false;
  }
}

/** Sets a script's source URL through the policy; false where Trusted Types refuse it. */
export function setScriptSource(script: HTMLScriptElement, url: string): boolean {
  const policy = scriptPolicy();
  return assign(() => {
    (script as { src: unknown }).src = policy ? policy.createScriptURL(url) : url;
  });
}

/** Sets a script's inline text through the policy; false where Trusted Types refuse it. */
export function setScriptText(script: HTMLScriptElement, text: string): boolean {
  const policy = scriptPolicy();
  return assign(() => {
    (script as { text: unknown }).text = policy ? policy.createScript(text) : text;
  });
}
