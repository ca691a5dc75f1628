import type { reminders as en } from '../en/reminders';

export const reminders: Record<keyof typeof en, string> = {
  'reminders.settings.heading': 'Recordatorios',
  'reminders.settings.daily': 'Recordatorios diarios',
  'reminders.settings.hint':
    'Una vez al día, una notificación del navegador muestra los seguimientos que vencen ese día, aunque el panel esté cerrado. La insignia de la barra de herramientas siempre muestra cuántos seguimientos están atrasados. Se guarda solo en este navegador.',
  'reminders.settings.on': 'Los recordatorios diarios están activados.',
  'reminders.settings.off': 'Los recordatorios diarios están desactivados.',
  'reminders.badge.title':
    '{count, plural, =0 {Bridgework} one {Bridgework: # seguimiento atrasado} other {Bridgework: # seguimientos atrasados}}',
  'reminders.notification.manyTitle':
    '{count, plural, one {# seguimiento vence hoy} other {# seguimientos vencen hoy}}',
  'reminders.notification.manyMessage': 'Abre Bridgework para verlos.',
  'reminders.notification.oneTitle': 'Seguimiento que vence hoy',
};
