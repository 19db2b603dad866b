/**
 * Why this exists: what the element does with the extras — validate the
 * config (printing its warnings), draw the preferences, place placeholders,
 * lint, log decisions — written here, inside the on-demand module, against
 * the small ExtrasHost interface.
 */
import type { TemplateResult } from 'lit/html.js';
import { parseConfig, parseConfigJson, type ConsentConfig } from '../core/config.js';
import type { ConsentState } from '../core/consent-record.js';
import { consentLogRecord, sendConsentLog } from '../core/consent-log.js';
import { GPC_CATEGORY, gpcSignal } from '../core/regulation.js';
import { lintCompliance } from './compliance-lint.js';
import type { ExtrasHost } from './extras-host.js';
import { syncPlaceholders } from './placeholders.js';
import { renderPreferences } from './preferences-view.js';

const validated = new WeakMap<ExtrasHost, { source: unknown; config: ConsentConfig }>();

/** The config, validated once per change: this is where its warnings are printed. */
export function validatedConfig(host: ExtrasHost): ConsentConfig {
  const { value, json } = host.controller.configSource;
  const source = json ?? value;
  let entry = validated.get(host);
  if (!entry || entry.source !== source) {
    const { warn } = host.controller;
    entry = { source, config: json !== null ? parseConfigJson(json, warn) : parseConfig(value, 'config', warn) };
    validated.set(host, entry);
  }
  return entry.config;
}

/** The preferences dialog for the element's current state. */
export function preferences(host: ExtrasHost): TemplateResult {
  const { controller } = host;
  const state = controller.state;
  const [uiLanguage, strings] = host.translation();
  return renderPreferences({
    html: host.html,
    nothing: host.nothing,
    uiLanguage,
    strings,
    categories: controller.store.policy.categories,
    config: validatedConfig(host),
    values: { ...state.categories, ...state.services },
    decided: state.decided,
    neverPreTicked: controller.store.gpc ? [GPC_CATEGORY] : [],
    language: state.language,
    country: state.country,
    policyLink: host.policyLink(),
    choices: (third) => host.choices(third),
    onSave: (choices, locale) => {
      const valid = controller.validChoices(choices);
      if (valid) host.decide(valid, locale);
    },
    onClose: () => { host.close(); },
    onDialogClose: () => { host.dialogClosed(); },
  });
}

/** Placeholders for the embeds that are still blocked (and none for released ones). */
export function placeholders(host: ExtrasHost): void {
  const { controller } = host;
  syncPlaceholders({
    html: host.html,
    render: host.render,
    strings: host.translation()[1],
    config: validatedConfig(host),
    needs: (embed) => controller.needs(embed),
    allow: (choices) => { host.decide(choices); },
  });
}

/** The compliance lint, against what the visitor sees. */
export function lint(host: ExtrasHost): void {
  const { controller, root } = host;
  lintCompliance({
    mode: controller.store.mode,
    config: validatedConfig(host),
    policyUrl: controller.policyUrl,
    accept: root?.querySelector('[part~="accept-button"]') ?? null,
    reject: root?.querySelector('[part~="reject-button"]') ?? null,
    warn: controller.warn,
  });
}

/** Proof of consent: the decision, to the site's endpoint. */
export function logDecision(host: ExtrasHost, url: string, state: ConsentState): void {
  const { json, value } = host.controller.configSource;
  sendConsentLog(url, consentLogRecord(state, { notice: host.notice(), config: json ?? value }, gpcSignal()));
}
