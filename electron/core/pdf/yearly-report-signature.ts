// Nơi nhận and the signature of the yearly summary: signed for the People's Committee (TM.), by the
// chairman or a vice chairman on his behalf (KT.), laid out like the decision's.
import type { Content } from './doc';
import { signatureBlock } from './decision-body';
import { RECIPIENTS, signerName, signerTitleLines } from './yearly-report-text';
import type { YearlyReportDocumentData } from './yearly-report-data';

export const reportSignature = (d: YearlyReportDocumentData): Content =>
  signatureBlock(RECIPIENTS, signerTitleLines(d.signer), signerName(d.signer));
