declare module 'virtual:blason/brand' {
  const data: import('../../.storybook/brand-data.js').BrandData;
  export default data;
}

declare module 'virtual:blason/render' {
  type Data = import('../../.storybook/render-data.js').RenderData;
  const data: Omit<Data, 'fonts' | 'images'> & {
    /** Font files as asset URLs. */
    fonts: (Omit<Data['fonts'][number], 'path'> & { url: string })[];
    /** Photo URLs by the `src` the content gives. */
    images: Record<string, string>;
  };
  export default data;
}
