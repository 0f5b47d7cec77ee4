// The few parts of sax (which ships no types) that the feed tests use.
declare module 'sax' {
  export interface QualifiedAttribute {
    name: string;
    value: string;
    uri: string;
    local: string;
  }
  export interface QualifiedTag {
    name: string;
    uri: string;
    local: string;
    attributes: Record<string, QualifiedAttribute>;
  }
  export interface SAXParser {
    onerror: (error: Error) => void;
    onopentag: (tag: QualifiedTag) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(xml: string): SAXParser;
    close(): SAXParser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean }): SAXParser };
  export default sax;
}
