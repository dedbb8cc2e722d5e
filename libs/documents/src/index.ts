export * from './layout/official-document.model';
export { renderOfficialDocument } from './layout/official-document.layout';
export { documentDate, documentNumber, copyNumber, FONTS } from './layout/gbt9704';
export { fontconfigXml } from './layout/fontconfig';
export { docxParts, paragraphsOf } from './layout/docx-xml';
