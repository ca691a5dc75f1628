import type { capture as en } from '../en/capture';

export const capture: Record<keyof typeof en, string> = {
  'capture.review.title': 'Revisa los datos capturados',
  'capture.review.from': 'De',
  'capture.review.nothingSaved': '. No se guarda nada hasta que tú decidas.',
  'capture.review.otherNames': 'Otros nombres en la página',
  'capture.review.otherEmails': 'Otros correos en la página',
  'capture.review.otherPhones': 'Otros teléfonos en la página',
  'capture.review.useName': 'Usar el nombre {name}',
  'capture.review.add': 'Agregar {item}',
  'capture.review.saveAsNew': 'Guardar como nuevo',
  'capture.review.merge': 'Combinar con el existente',
  'capture.review.save': 'Guardar socio',
  'capture.people.legend': 'Personas en esta página',
  'capture.duplicate.title': '¿Ya está entre tus socios?',
  'capture.duplicate.explain':
    'Al combinar se rellenan los campos vacíos de ese socio y se agregan correos, teléfonos, perfiles y personas nuevos. No se sobrescribe nada de lo que ya hay.',
  'capture.duplicate.reason.domain': 'mismo sitio web',
  'capture.duplicate.reason.emailDomain': 'mismo dominio de correo',
  'capture.duplicate.reason.name': 'nombre parecido',
  'capture.logo.legend': 'Logotipo',
  'capture.logo.option': 'Opción de logotipo {number}',
  'capture.logo.none': 'Sin logotipo',
  'capture.source.foundIn': 'Encontrado en: {source}',
  'capture.source.ownSite': 'El propio sitio de la página',
  'capture.source.kindGuess': 'Una suposición: la página no dice de qué tipo es',
  'capture.source.jsonLd': 'datos estructurados (JSON-LD)',
  'capture.source.microdata': 'datos estructurados (microdatos)',
  'capture.source.rdfa': 'datos estructurados (RDFa)',
  'capture.source.microformats': 'microformatos',
  'capture.source.meta': 'metadatos de la página',
  'capture.source.links': 'enlaces de la página',
  'capture.source.text': 'texto de la página',
  'capture.source.icon': 'icono del sitio',
  'capture.problem.noPage': 'No hay ninguna página para capturar.',
  'capture.problem.noPageInTab': 'No hay ninguna página para capturar en esta pestaña.',
  'capture.problem.notWebPage': 'La dirección de esta pestaña no es una página web.',
  'capture.problem.browserPage':
    'Esta es una página propia del navegador; las extensiones no pueden leerla. Abre el sitio web de una organización y vuelve a intentarlo.',
  'capture.problem.store':
    'La tienda de extensiones del navegador no permite que las extensiones lean sus páginas.',
  'capture.problem.pdf':
    'Esto es un PDF. La captura funciona en páginas web; abre mejor el sitio web de la organización.',
  'capture.problem.noGrant':
    'Bridgework todavía no puede leer esta pestaña. Haz clic en el botón de Bridgework de la barra de herramientas mientras se muestra la página, o haz clic derecho en la página y elige «Capturar esta página con Bridgework».',
  'capture.problem.unreadable':
    'No se pudo leer la página. Vuelve a cargarla e inténtalo de nuevo.',
  'capture.problem.tabGone': 'La pestaña se cerró o cambió de página antes de poder leerla.',
  'capture.problem.errorPage':
    'Esta pestaña muestra una página de error; no hay nada que capturar.',
  'capture.problem.needsExtension':
    'La captura necesita la extensión de Bridgework. En esta aplicación web, agrega socios con Agregar socio.',
  'capture.problem.failed': 'No se pudo leer la página: {reason}',
};
