// Wrong JSX: an attribute value the element does not take, and an event
// prop reading a field its detail lacks.
export const Wrong = () => (
  <>
    <article-widget theme="purple" /> {/* expect TS2322 */}
    <article-widget onarticle-widget:ad-slot={(event) => event.detail.url} /> {/* expect TS2339 */}
  </>
);
