// "Print this leaflet", the <yv-print-button> of src/components/leaflet/PrintButton.astro: shows its button, which
// opens the print dialog. No inline handler: the content security policy allows only bundled scripts.
import { Enhancement, requireElement } from './elements.ts';

class PrintButton extends Enhancement<HTMLButtonElement> {
  find(): HTMLButtonElement {
    return requireElement(this, 'button[data-yv-print-button]', 'Print button');
  }

  start(button: HTMLButtonElement): void {
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
}

customElements.define('yv-print-button', PrintButton);
