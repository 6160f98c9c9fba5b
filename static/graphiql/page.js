/*
 * GraphiQL for directive-graph, from this server's own files: React, ReactDOM and GraphiQL are the
 * UMD builds of the npm packages (vendor/), loaded before this script by index.html. Kept as a
 * separate file, not an inline script, so that a Content-Security-Policy of script-src 'self' holds.
 *
 * - The examples (src/api/graphiql/examples.ts, the same list docs/graphql-examples.md is made
 *   from) open as tabs, the first one active: one click on Run answers a lineage question.
 * - ?query=<GraphQL> (and optionally &variables=<JSON>) opens that query in a tab of its own and
 *   selects it: the explorer links here that way.
 * - The doc explorer's schema comes from /graphiql/introspection.json (see schemaFromServer).
 * - The Examples panel (sidebar) links each question back to the explorer at /?k=<directive key>
 *   (&dir=UP when the question looks up).
 */
(function () {
  'use strict';
  const h = React.createElement;
  const root = document.getElementById('graphiql');

  /** `code` spans of a Markdown sentence as <code>, the rest as text. */
  function inlineMarkdown(text) {
    return text.split('`').map((part, i) => (i % 2 === 1 ? h('code', { key: i }, part) : part));
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: '1em', height: '1em', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': 'true' },
      h('path', { d: 'M4 5h16M4 12h16M4 19h10', strokeLinecap: 'round' }));
  }

  function examplesPlugin(examples) {
    return {
      title: 'Examples',
      icon: ExamplesIcon,
      content: function ExamplesPanel() {
        return h('section', { className: 'dg-examples', 'aria-label': 'Examples' },
          h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
          h('p', null, 'Questions a researcher asks of the sample corpus; each is also a tab.'),
          h('ol', null, examples.map((e) => h('li', { key: e.name },
            h('h3', null, e.title),
            h('p', null, inlineMarkdown(e.why)),
            h('div', { className: 'dg-links' },
              h('a', { href: e.graphiqlUrl }, 'Open this query'),
              h('a', { href: e.explorerUrl, title: e.directiveKey }, 'Show in the explorer'))))));
      },
    };
  }

  /**
   * GraphiQL's introspection query is deeper than /graphql allows (queryDepth), so the schema for
   * the doc explorer and completion comes from /graphiql/introspection.json; everything else goes
   * to /graphql.
   */
  function schemaFromServer(fetcher) {
    return (params, options) => (params.operationName === 'IntrospectionQuery'
      ? fetch('/graphiql/introspection.json').then((res) => res.json())
      : fetcher(params, options));
  }

  /** The example tabs, with the query of the URL (if any) first, so that it is the one shown. */
  function initialTabs(examples, query, variables) {
    const tabs = examples.map((e) => ({ query: e.query }));
    if (query === undefined) return tabs;
    return [{ query, variables }, ...tabs.filter((t) => t.query !== query)];
  }

  function render(config) {
    const params = new URLSearchParams(window.location.search);
    const query = params.get('query') ?? undefined;
    const variables = params.get('variables') ?? undefined;
    const fetcher = schemaFromServer(GraphiQL.createFetcher({ url: new URL(config.endpoint, window.location.href).href }));
    const element = h(GraphiQL, {
      fetcher,
      defaultTabs: initialTabs(config.examples, query, variables),
      // With tabs kept from an earlier visit, GraphiQL selects the tab holding this query, or adds one.
      query,
      variables,
      plugins: [examplesPlugin(config.examples)],
      defaultEditorToolsVisibility: false,
    }, h(GraphiQL.Logo, null, h('span', { className: 'dg-logo' }, h('a', { href: '/', title: 'The graph explorer' }, 'directive-graph'))));
    ReactDOM.createRoot(root).render(element);
  }

  function fail(message) {
    root.replaceChildren(Object.assign(document.createElement('p'), { className: 'dg-error', textContent: message }));
  }

  fetch('/graphiql/examples.json')
    .then((res) => {
      if (!res.ok) throw new Error(`/graphiql/examples.json answered ${res.status}`);
      return res.json();
    })
    .then(render, (err) => fail(`GraphiQL could not load its examples: ${err.message}`));
})();
