/** Row shape of the mapping-rules table in the operational store. */

export interface MappingRuleSetsTable {
  /** One row per workspace that saved its own rules; none while it uses the defaults. */
  workspace_id: string;
  /** The ordered rules (`MappingRule[]`) as JSON. */
  rules: string;
  /** 1 at the first save, then one more per save; the optimistic-lock token. */
  version: number;
  updated_at: string;
  updated_by: string | null;
}

export interface MappingTables {
  mapping_rule_sets: MappingRuleSetsTable;
}
