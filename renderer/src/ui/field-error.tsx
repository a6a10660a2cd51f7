/** The message under a field that was refused, announced at once (role alert); nothing when there is none. */
export function FieldError({ id, message }: { readonly id?: string | undefined; readonly message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {message}
    </p>
  );
}
