import { nestingDepth } from './request-rules';

describe('nesting depth of a document, read without parsing it', () => {
  it('counts selection sets, arguments, lists and input objects', () => {
    expect(nestingDepth('{ me { id } }')).toBe(2);
    expect(nestingDepth('{ a(x: [[{ y: [1] }]]) { b } }')).toBe(6);
    expect(nestingDepth(`{ a(x: ${'['.repeat(3000)}1${']'.repeat(3000)}) }`)).toBe(3002);
  });

  it('does not count brackets in strings, block strings or comments', () => {
    expect(nestingDepth('{ a(t: "{{{[[[\\"(((") }')).toBe(2);
    expect(nestingDepth('{ a(t: """ {{{ "" [[[ """) }')).toBe(2);
    expect(nestingDepth('# {{{{{{\n{ a }')).toBe(1);
  });
});
