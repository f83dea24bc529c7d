// The html template escapes what it interpolates, keeps SafeHtml, and makes text safe for XML (SVG files) too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, trusted } from '../../src/shared/html.js';

test('interpolated text is escaped in content and in quoted attributes', () => {
  const name = `"><script>alert('x')</script>&`;
  assert.equal(html`<p title="${name}">${name}</p>`.text,
    '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>');
});

test('SafeHtml, arrays, numbers and empty values', () => {
  const inner = html`<b>${'<i>'}</b>`;
  assert.equal(html`${inner}${[1, '<', inner]}${null}${undefined}${false}${0}`.text, '<b>&lt;i&gt;</b>1&lt;<b>&lt;i&gt;</b>0');
  assert.equal(html`<style>${trusted('a > b { }')}</style>`.text, '<style>a > b { }</style>');
});

test('control characters XML forbids become U+FFFD; tab and newline stay', () => {
  assert.equal(escapeHtml('a\u0000b\u0007c\td\ne\u001f'), 'a\ufffdb\ufffdc\td\ne\ufffd');
});
