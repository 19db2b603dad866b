/**
 * Gating through the element, as a site owner writes it: markup with
 * data-consent stays inert — not run, not fetched — until the visitor allows
 * its categories.
 */
import { expect } from '@esm-bundle/chai';
import { captureWarnings, cleanPage, clickButton, mountConsent, waitFor, addMarkup, fetched, freshUrl } from '../support/helpers.js';

declare global {
  interface Window {
    probe?: { ran: string[] };
  }
}

/** An inline gated script; innerHTML does not run scripts, so it is built by hand. */
function gatedInline(categories: string, marker: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset['consent'] = categories;
  script.setAttribute('data-test-added', '');
  script.text = `window.probe.ran.push(${JSON.stringify(marker)});`;
  return script;
}

describe('gating through <cookie-consent>', () => {
  beforeEach(() => {
    window.probe = { ran: [] };
  });
  afterEach(() => {
    cleanPage();
    delete window.probe;
  });

  it('fetches and runs nothing gated before consent, then everything allowed after "Accept all"', async () => {
    const scriptUrl = freshUrl('/test/fixtures/marker.js');
    const frameUrl = freshUrl('/test/fixtures/marker.js');
    const imageUrl = freshUrl('/test/fixtures/pixel.svg');
    addMarkup(`
      <script type="text/plain" data-consent="analytics" src="${scriptUrl}" data-marker="external"></script>
      <iframe data-consent="marketing" data-src="${frameUrl}" title="Ad"></iframe>
      <img data-consent="marketing" data-src="${imageUrl}" alt="">
    `);
    document.body.append(gatedInline('analytics', 'inline'));
    const element = await mountConsent();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.probe!.ran).to.deep.equal([]);
    expect(fetched(scriptUrl), 'script fetched early').to.equal(false);
    expect(fetched(frameUrl), 'iframe fetched early').to.equal(false);
    expect(fetched(imageUrl), 'image fetched early').to.equal(false);

    await clickButton(element, 'Accept all');
    await waitFor(() => window.probe!.ran.length === 2, 'both analytics scripts');
    expect(window.probe!.ran).to.deep.equal(['external', 'inline']);
    await waitFor(() => fetched(frameUrl) && fetched(imageUrl), 'the iframe and the image to load');
  });

  it('"Reject all" releases nothing', async () => {
    document.body.append(gatedInline('analytics', 'a'), gatedInline('marketing', 'm'));
    const element = await mountConsent();
    await clickButton(element, 'Reject all');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.probe!.ran).to.deep.equal([]);
  });

  it("releases a returning visitor's allowed scripts on connect, before the element renders", async () => {
    const first = await mountConsent();
    first.setConsent({ analytics: true });
    first.remove();
    document.body.append(gatedInline('analytics', 'allowed'), gatedInline('marketing', 'refused'));
    const element = document.createElement('cookie-consent');
    document.body.append(element);
    // Synchronously, in the same task as the append: no render has happened yet.
    expect(element.shadowRoot?.childElementCount ?? 0).to.equal(0);
    expect(window.probe!.ran).to.deep.equal(['allowed']);
  });

  it('runs scripts released together in document order, whatever their load time', async () => {
    const element = await mountConsent();
    const holder = addMarkup('');
    holder.append(gatedInline('analytics', '1-inline'));
    const slow = document.createElement('script');
    slow.type = 'text/plain';
    slow.dataset['consent'] = 'analytics';
    slow.dataset['marker'] = '2-external';
    slow.src = freshUrl('/test/fixtures/marker.js');
    holder.append(slow, gatedInline('analytics marketing', '3-inline-both'), gatedInline('analytics', '4-inline'));
    element.acceptAll();
    await waitFor(() => window.probe!.ran.length === 4, 'four scripts');
    expect(window.probe!.ran).to.deep.equal(['1-inline', '2-external', '3-inline-both', '4-inline']);
  });

  it('needs every category a script names', async () => {
    document.body.append(gatedInline('analytics marketing', 'both'));
    const element = await mountConsent();
    element.setConsent({ analytics: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.probe!.ran).to.deep.equal([]);
    element.setConsent({ marketing: true });
    await waitFor(() => window.probe!.ran.length === 1, 'the script');
    expect(window.probe!.ran).to.deep.equal(['both']);
  });

  it('handles gated markup added after start-up, e.g. by client-side navigation', async () => {
    const element = await mountConsent();
    element.acceptAll();
    document.body.append(gatedInline('analytics', 'late'));
    await waitFor(() => window.probe!.ran.length === 1, 'the late script');
    const frame = document.createElement('iframe');
    frame.dataset['consent'] = 'marketing';
    const frameUrl = freshUrl('/test/fixtures/pixel.svg');
    frame.dataset['src'] = frameUrl;
    const holder = addMarkup('');
    holder.append(frame);
    await waitFor(() => fetched(frameUrl), 'the late iframe to load');
    expect(frame.getAttribute('src')).to.equal(frameUrl);
    expect(frame.hasAttribute('data-src')).to.equal(false);
  });

  it('runs each released script exactly once, however often consent is confirmed', async () => {
    document.body.append(gatedInline('analytics', 'once'));
    const element = await mountConsent();
    element.acceptAll();
    element.acceptAll();
    element.setConsent({ analytics: true });
    element.remove();
    await mountConsent();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(window.probe!.ran).to.deep.equal(['once']);
  });

  it('warns about a data-consent category the banner does not offer and keeps it blocked', async () => {
    document.body.append(gatedInline('statistics', 'never'));
    const warnings = captureWarnings();
    try {
      const element = await mountConsent();
      element.acceptAll();
    } finally {
      warnings.restore();
    }
    expect(window.probe!.ran).to.deep.equal([]);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('"statistics"');
  });

  it('refuses javascript: and data: URLs in gated src', async () => {
    const holder = addMarkup(`
      <script type="text/plain" data-consent="analytics" src="javascript:window.probe.ran.push('js-url')"></script>
      <iframe data-consent="analytics" data-src="javascript:parent.probe.ran.push('frame')"></iframe>
      <img data-consent="analytics" data-src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>" alt="">
    `);
    const warnings = captureWarnings();
    try {
      const element = await mountConsent();
      element.acceptAll();
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      warnings.restore();
    }
    expect(window.probe!.ran).to.deep.equal([]);
    expect(holder.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    expect(holder.querySelector('img')!.hasAttribute('src')).to.equal(false);
    expect(warnings.messages.filter((message) => message.includes('Not loading'))).to.have.length(3);
  });
});
