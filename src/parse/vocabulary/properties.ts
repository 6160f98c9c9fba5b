/**
 * The portal property-table labels are one table in src/model (the HTML reader needs them too and
 * may not import src/parse); the parser's finders take them from here, with its other vocabulary.
 */
export { PROPERTY_FIELD_LABELS, PROPERTY_LABELS, PROPERTY_OTHER_LABELS, PROPERTY_RELATED_LABELS, type PropertyField } from '../../model/property-labels.js';
