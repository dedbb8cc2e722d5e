import { normaliseVerificationCode, verificationCodeOf } from './verification-code';
import { verificationLinkOf } from './verification-link';

describe('the link a document’s QR code opens', () => {
  const code = verificationCodeOf('document-1');

  it('is the console’s verify link under the deployment’s address, or a platform reference without one', () => {
    expect(verificationLinkOf(code, 'https://yuqing.example.cn/')).toBe(
      `https://yuqing.example.cn/#/verify/${code}`,
    );
    expect(verificationLinkOf(code, null)).toBe(`yuqing:verify/${code}`);
  });

  it('gives its code back when scanned into 公文核验, as the printed code does', () => {
    expect(normaliseVerificationCode(verificationLinkOf(code, 'https://yuqing.example.cn'))).toBe(code);
    expect(normaliseVerificationCode(verificationLinkOf(code, null))).toBe(code);
    expect(normaliseVerificationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseVerificationCode('https://yuqing.example.cn/#/verify/not-a-code')).toBeNull();
  });
});
