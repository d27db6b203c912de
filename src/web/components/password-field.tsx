import { type ComponentProps, useState } from 'react';
import { useCommonText } from '../i18n/common-text';
import { TextField } from './form-field';

/** A password input with a show/hide switch: easier than typing it twice, and kinder on phones. */
export function PasswordField(props: Omit<ComponentProps<typeof TextField>, 'type'>) {
  const t = useCommonText();
  const [visible, setVisible] = useState(false);
  return (
    <div className="password-field">
      <TextField {...props} type={visible ? 'text' : 'password'} spellCheck={false} autoCapitalize="none" />
      <button
        type="button"
        className="password-toggle"
        aria-pressed={visible}
        onClick={() => setVisible((shown) => !shown)}
      >
        {visible ? t('password.hide') : t('password.show')}
      </button>
    </div>
  );
}
