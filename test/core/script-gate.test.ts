import { expect } from '@esm-bundle/chai';
import { ScriptGate } from '../../src/core/script-gate.js';
import { waitFor } from '../support/helpers.js';

declare global {
  interface Window {
    /** What the gated scripts of these tests recorded, in the order they ran. */
    ranLog?: string[];
  }
}

const LOG_JS = '/test/fixtures/gate/log.js';
const MISSING_JS = '/test/fixtures/gate/does-not-exist.js';
const FRAME_HTML = '/test/fixtures/gate/frame.html';
/** Always allowed: the sentinel that proves the gate has worked through everything before it. */
const SENTINEL_CATEGORY = 'functional';

function ranLog(): string[] {
  return window.ranLog ?? [];
}

function count(marker: string): number {
  return ranLog().filter((entry) => entry === marker).length;
}

interface ScriptOptions {
  /** External: the src. */
  readonly src?: string;
  /** Inline: the marker pushed to window.ranLog. External: the data-marker log.js pushes. */
  readonly marker: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** `<script type="text/plain" data-consent="…">`, external when `src` is given, else inline. */
function gatedScript(categories: string, { src, marker, attributes = {} }: ScriptOptions): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.setAttribute('data-consent', categories);
  script.setAttribute('data-marker', marker);
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  if (src === undefined) script.text = `(window.ranLog ??= []).push(${JSON.stringify(marker)});`;
  else script.setAttribute('src', src);
  return script;
}

/** An always-allowed inline script marking the end; it runs once every gated script before it has settled. */
function sentinel(marker = 'end'): HTMLScriptElement {
  return gatedScript(SENTINEL_CATEGORY, { marker });
}

/** Scripts with this src that are executable (not the inert `text/plain` originals). */
function executableScripts(src: string): HTMLScriptElement[] {
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].filter(
    (script) => script.getAttribute('src') === src && script.type !== 'text/plain',
  );
}

describe('script-gate', () => {
  const allowed = new Set<string>();
  const warnings: string[] = [];
  let gate: ScriptGate;
  let container: HTMLElement;

  /** Appends gated markup to the test's container, in order. */
  function add(...elements: Element[]): void {
    container.append(...elements);
  }

  beforeEach(() => {
    window.ranLog = [];
    allowed.clear();
    allowed.add(SENTINEL_CATEGORY);
    warnings.length = 0;
    container = document.createElement('div');
    container.setAttribute('data-test-added', '');
    document.body.append(container);
    gate = new ScriptGate((categories) => categories.every((id) => allowed.has(id)), {
      warn: (message) => { warnings.push(message); },
    });
  });

  afterEach(() => {
    gate.stop();
    container.remove();
    delete window.ranLog;
    allowed.clear();
  });

  describe('scripts', () => {
    it('does not run gated scripts (inline or external) before their category is allowed', async () => {
      const inline = gatedScript('analytics', { marker: 'inline' });
      const external = gatedScript('analytics', { src: LOG_JS, marker: 'external' });
      add(inline, external, sentinel());
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['end']);
      expect(inline.isConnected).to.equal(true);
      expect(inline.type).to.equal('text/plain');
      expect(external.isConnected).to.equal(true);
      expect(executableScripts(LOG_JS)).to.deep.equal([]);
    });

    it('runs them exactly once after the category is allowed and refresh() is called', async () => {
      add(gatedScript('analytics', { src: LOG_JS, marker: 'external' }), gatedScript('analytics', { marker: 'inline' }), sentinel());
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      allowed.add('analytics');
      gate.refresh();
      await waitFor(() => ranLog().includes('inline'), 'the inline script');
      expect(ranLog()).to.deep.equal(['end', 'external', 'inline']);
      gate.refresh();
      gate.refresh();
      add(sentinel('end-2'));
      await waitFor(() => ranLog().includes('end-2'), 'the second sentinel');
      expect(count('external')).to.equal(1);
      expect(count('inline')).to.equal(1);
      expect(executableScripts(LOG_JS)).to.have.length(1);
    });

    it('runs external and inline scripts released at once in document order', async () => {
      add(
        gatedScript('analytics', { src: LOG_JS, marker: 'external-1' }),
        gatedScript('analytics', { marker: 'inline-1' }),
        gatedScript('analytics', { src: LOG_JS, marker: 'external-2' }),
        gatedScript('analytics', { marker: 'inline-2' }),
        sentinel(),
      );
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['external-1', 'inline-1', 'external-2', 'inline-2', 'end']);
    });

    it('keeps document order across categories released by one refresh()', async () => {
      add(
        gatedScript('marketing', { src: LOG_JS, marker: 'marketing-external' }),
        gatedScript('analytics', { marker: 'analytics-inline' }),
        gatedScript('marketing', { marker: 'marketing-inline' }),
        gatedScript('analytics', { src: LOG_JS, marker: 'analytics-external' }),
      );
      gate.start();
      allowed.add('analytics');
      allowed.add('marketing');
      gate.refresh();
      add(sentinel());
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['marketing-external', 'analytics-inline', 'marketing-inline', 'analytics-external', 'end']);
    });

    it('runs an inline module script deferred, after the classic scripts around it, as plain HTML does', async () => {
      // In a parsed page, <script type=module>A</script><script>B</script> runs B first:
      // module scripts are deferred. A released gated module behaves the same way.
      add(
        gatedScript('analytics', { marker: 'module', attributes: { 'data-type': 'module' } }),
        gatedScript('analytics', { marker: 'inline' }),
        sentinel(),
      );
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end') && ranLog().includes('module'), 'the sentinel and the module');
      expect(ranLog()).to.deep.equal(['inline', 'end', 'module']);
    });

    it('keeps classic scripts in document order around an inline module, and runs the module once', async () => {
      add(
        gatedScript('analytics', { src: LOG_JS, marker: 'external' }),
        gatedScript('analytics', { marker: 'module', attributes: { 'data-type': 'module' } }),
        gatedScript('analytics', { marker: 'inline' }),
        sentinel(),
      );
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end') && ranLog().includes('module'), 'the sentinel and the module');
      const log = ranLog();
      expect(log.filter((marker) => marker !== 'module')).to.deep.equal(['external', 'inline', 'end']);
      expect(log.filter((marker) => marker === 'module')).to.have.length(1);
    });

    it('runs an external module script (data-type="module") before the inline script after it', async () => {
      add(
        gatedScript('analytics', { src: '/test/fixtures/gate/module.js', marker: 'unused', attributes: { 'data-type': 'module' } }),
        gatedScript('analytics', { marker: 'inline' }),
        sentinel(),
      );
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['module.js', 'inline', 'end']);
    });

    it('releases scripts appended after start() when their category is already allowed', async () => {
      allowed.add('analytics');
      gate.start();
      add(gatedScript('analytics', { src: LOG_JS, marker: 'late-external' }));
      const wrapper = document.createElement('section');
      wrapper.append(gatedScript('analytics', { marker: 'late-nested-inline' }));
      add(wrapper);
      add(gatedScript('marketing', { marker: 'late-refused' }));
      add(sentinel());
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['late-external', 'late-nested-inline', 'end']);
    });

    it('needs every category named in data-consent', async () => {
      const both = gatedScript('analytics marketing', { marker: 'both' });
      add(both, sentinel());
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['end']);
      expect(both.type).to.equal('text/plain');
      allowed.delete('analytics');
      allowed.add('marketing');
      gate.refresh();
      add(sentinel('end-2'));
      await waitFor(() => ranLog().includes('end-2'), 'the second sentinel');
      expect(count('both')).to.equal(0);
      allowed.add('analytics');
      gate.refresh();
      await waitFor(() => ranLog().includes('both'), 'the script needing both');
      expect(count('both')).to.equal(1);
    });

    it('ignores an empty data-consent', async () => {
      add(gatedScript('  ', { marker: 'empty' }), sentinel());
      allowed.add('');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['end']);
    });

    it('refuses a javascript: or data: script src, with a warning, and runs what follows', async () => {
      const javascriptUrl = 'javascript:window.ranLog.push("javascript-url")';
      const dataUrl = 'data:text/javascript,window.ranLog.push("data-url")';
      const first = gatedScript('analytics', { src: 'javascript:alert(1)', marker: 'alert' });
      add(first, gatedScript('analytics', { src: javascriptUrl, marker: 'js' }), gatedScript('analytics', { src: dataUrl, marker: 'data' }), sentinel());
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['end']);
      expect(executableScripts('javascript:alert(1)')).to.deep.equal([]);
      expect(executableScripts(javascriptUrl)).to.deep.equal([]);
      expect(executableScripts(dataUrl)).to.deep.equal([]);
      expect(first.type).to.equal('text/plain');
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.contain('javascript:alert(1)');
      expect(warnings[2]).to.contain('data:text/javascript');
      // A refused script stays refused: later refreshes neither load it nor warn again.
      gate.refresh();
      gate.refresh();
      expect(warnings).to.have.length(3);
      expect(executableScripts(dataUrl)).to.deep.equal([]);
    });

    it('gives the released script the original\'s nonce and other attributes, and data-type as its type', async () => {
      const original = gatedScript('analytics', {
        marker: 'nonced',
        attributes: { id: 'gated-nonce', nonce: 'n0nce-123', 'data-type': 'text/javascript', 'data-extra': 'kept', class: 'tracker' },
      });
      add(original, sentinel());
      expect(original.nonce).to.equal('n0nce-123');
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['nonced', 'end']);
      expect(original.isConnected).to.equal(false);
      const released = document.getElementById('gated-nonce') as HTMLScriptElement | null;
      expect(released).to.be.instanceOf(HTMLScriptElement);
      expect(released).not.to.equal(original);
      expect(released!.nonce).to.equal('n0nce-123');
      expect(released!.type).to.equal('text/javascript');
      expect(released!.hasAttribute('data-type')).to.equal(false);
      expect(released!.dataset['extra']).to.equal('kept');
      expect(released!.dataset['marker']).to.equal('nonced');
      expect(released!.className).to.equal('tracker');
      expect(released!.parentElement).to.equal(container);
    });

    it('keeps the nonce of an external script, and runs it as classic JavaScript without data-type', async () => {
      add(gatedScript('analytics', { src: LOG_JS, marker: 'nonced-external', attributes: { id: 'gated-ext', nonce: 'abc' } }), sentinel());
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      const released = document.getElementById('gated-ext') as HTMLScriptElement;
      expect(released.type).to.equal('');
      expect(released.nonce).to.equal('abc');
      expect(released.getAttribute('src')).to.equal(LOG_JS);
      expect(ranLog()).to.deep.equal(['nonced-external', 'end']);
    });

    it('runs later scripts when a gated script\'s src fails to load (404)', async () => {
      add(
        gatedScript('analytics', { src: MISSING_JS, marker: 'missing' }),
        gatedScript('analytics', { marker: 'after-missing' }),
        gatedScript('analytics', { src: LOG_JS, marker: 'external-after' }),
        sentinel(),
      );
      allowed.add('analytics');
      gate.start();
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      expect(ranLog()).to.deep.equal(['after-missing', 'external-after', 'end']);
    });

    it('never runs an external script twice, however often refresh() is called', async () => {
      add(gatedScript('analytics', { src: LOG_JS, marker: 'once' }), gatedScript('analytics', { marker: 'once-inline' }));
      gate.start();
      allowed.add('analytics');
      gate.refresh();
      gate.refresh();
      gate.refresh();
      add(sentinel());
      await waitFor(() => ranLog().includes('end'), 'the sentinel');
      gate.refresh();
      gate.refresh();
      add(sentinel('end-2'));
      await waitFor(() => ranLog().includes('end-2'), 'the second sentinel');
      expect(count('once')).to.equal(1);
      expect(count('once-inline')).to.equal(1);
      expect(executableScripts(LOG_JS)).to.have.length(1);
    });

    it('stops releasing appended markup after stop()', async () => {
      allowed.add('analytics');
      gate.start();
      gate.stop();
      const late = gatedScript('analytics', { marker: 'after-stop' });
      add(late);
      // A second gate, started later, proves the mutation has been delivered.
      const probe = new ScriptGate((categories) => categories.every((id) => id === SENTINEL_CATEGORY));
      try {
        probe.start();
        add(sentinel());
        await waitFor(() => ranLog().includes('end'), 'the sentinel');
      } finally {
        probe.stop();
      }
      expect(ranLog()).to.deep.equal(['end']);
      expect(late.type).to.equal('text/plain');
    });
  });

  describe('iframes and images', () => {
    it('gives an iframe its src only when allowed', async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('data-consent', 'marketing');
      frame.setAttribute('data-src', FRAME_HTML);
      add(frame);
      gate.start();
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(frame.getAttribute('data-src')).to.equal(FRAME_HTML);
      allowed.add('marketing');
      const loaded = new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
      gate.refresh();
      expect(frame.getAttribute('src')).to.equal(FRAME_HTML);
      expect(frame.hasAttribute('data-src')).to.equal(false);
      await loaded;
      expect(frame.contentDocument?.getElementById('loaded')?.textContent).to.equal('gated frame loaded');
    });

    it('refuses a javascript: data-src with a warning and sets no src', () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('data-consent', 'marketing');
      frame.setAttribute('data-src', 'javascript:parent.ranLog.push("iframe-js")');
      const spaced = document.createElement('iframe');
      spaced.setAttribute('data-consent', 'marketing');
      spaced.setAttribute('data-src', '  JavaScript:alert(1)');
      add(frame, spaced);
      allowed.add('marketing');
      gate.start();
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(spaced.hasAttribute('src')).to.equal(false);
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.contain('javascript:parent.ranLog.push');
      expect(warnings[0]).to.contain('data-src');
      gate.refresh();
      gate.refresh();
      expect(warnings).to.have.length(2);
      expect(frame.hasAttribute('src')).to.equal(false);
      expect(ranLog()).to.deep.equal([]);
    });

    it('gives an appended image its src when allowed', async () => {
      allowed.add('analytics');
      gate.start();
      const image = document.createElement('img');
      image.alt = '';
      image.setAttribute('data-consent', 'analytics');
      image.setAttribute('data-src', '/test/fixtures/pixel.svg');
      add(image);
      await waitFor(() => image.hasAttribute('src'), 'the image src');
      expect(image.getAttribute('src')).to.equal('/test/fixtures/pixel.svg');
    });
  });
});
