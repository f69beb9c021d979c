import type { ButtonHTMLAttributes, ReactNode } from 'react';
import type { IconComponent } from './icons';
import './button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md' | 'lg';
  icon?: IconComponent;
  children: ReactNode;
}

export function Button({ variant = 'secondary', size = 'md', icon: Icon, className, children, type = 'button', ...props }: ButtonProps) {
  const classes = ['button', `button--${variant}`, `button--${size}`, className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} {...props}>
      {Icon && <Icon />}
      {children}
    </button>
  );
}

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** Names the button for assistive technology and shows as its tooltip. */
  label: string;
  icon: IconComponent;
}

export function IconButton({ label, icon: Icon, className, type = 'button', ...props }: IconButtonProps) {
  return (
    <button type={type} className={['icon-button', className].filter(Boolean).join(' ')} aria-label={label} title={label} {...props}>
      <Icon />
    </button>
  );
}
