/**
 * The XML writer shared by feeds and sitemaps: fast-xml-builder set up to escape text
 * and attributes and to write every attribute with its value.
 */
import Builder from 'fast-xml-builder';

/** A builder for `{ '@_attr': …, child: … }` objects, indented for readability. */
export function createXmlBuilder(): InstanceType<typeof Builder> {
  return new Builder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    // The default writes a "true" attribute without its value, which is not XML.
    suppressBooleanAttributes: false,
  });
}
