import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether a request asks, anywhere under the field being resolved, for a field of the given names:
 * fragments and inline fragments included, whatever type the field belongs to. A resolver uses it
 * to leave out of its query what no one will read (lineage: projections.ts LEAN_LEAVES_OUT). A name
 * that another type uses too (an evidence's `resolvedBy`) counts as asked: the answer is then the
 * full one, never a shorter one than the request needs.
 */
export function asksForAny(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, names: readonly string[]): boolean {
  const wanted = new Set(names);
  const seenFragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const s of set.selections) {
      if (s.kind === 'Field') {
        if (wanted.has(s.name.value) || visit(s.selectionSet)) return true;
      } else if (s.kind === 'InlineFragment') {
        if (visit(s.selectionSet)) return true;
      } else {
        const name = s.name.value;
        if (seenFragments.has(name)) continue;
        seenFragments.add(name);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
        if (visit(fragment?.selectionSet)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}
