<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppWindow</name>
    <message>
        <source>in another SharedVisit window on this computer</source>
        <translation>en otra ventana de SharedVisit en este equipo</translation>
    </message>
    <message>
        <source>in SharedVisit on the computer {0}</source>
        <translation>en SharedVisit en el equipo {0}</translation>
    </message>
    <message>
        <source>This visit is open elsewhere</source>
        <translation>Esta consulta está abierta en otro lugar</translation>
    </message>
    <message>
        <source>This visit is open {0}, so it cannot be edited here until it is closed there. Nothing you wrote there is lost.</source>
        <translation>Esta consulta está abierta {0}, así que no se puede editar aquí hasta que se cierre allí. No se pierde nada de lo que escribió allí.</translation>
    </message>
    <message>
        <source>Look at it read-only</source>
        <translation>Verla sin editar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>No se puede abrir la consulta</translation>
    </message>
    <message>
        <source>Visit (read-only, as last saved)</source>
        <translation>Consulta (solo lectura, tal como se guardó por última vez)</translation>
    </message>
</context>
<context>
    <name>DecisionSection</name>
    <message>
        <source>Decision to show</source>
        <translation>Decisión que se muestra</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this decision</source>
        <translation>Quitar esta decisión</translation>
    </message>
    <message>
        <source>Remove this decision; Ctrl+Z brings it back</source>
        <translation>Quitar esta decisión; Control+Z la recupera</translation>
    </message>
    <message>
        <source>Is there a choice to make together? Press New decision to lay out the options side by side, with waiting and seeing as one of them.</source>
        <translation>¿Hay una decisión que tomar juntos? Presione Nueva decisión para poner las opciones lado a lado, con esperar y observar como una de ellas.</translation>
    </message>
    <message>
        <source>What do we need to decide?</source>
        <translation>¿Qué tenemos que decidir?</translation>
    </message>
    <message>
        <source>The decision, in plain words</source>
        <translation>La decisión, en palabras sencillas</translation>
    </message>
    <message>
        <source>For example: How should we treat your knee pain?</source>
        <translation>Por ejemplo: ¿Cómo tratamos su dolor de rodilla?</translation>
    </message>
    <message>
        <source>How would you like to make this decision?</source>
        <translation>¿Cómo le gustaría tomar esta decisión?</translation>
    </message>
    <message>
        <source>How you want to decide: {0}</source>
        <translation>Cómo quiere decidir: {0}</translation>
    </message>
    <message>
        <source>Ask the SURE questions first</source>
        <translation>Hacer primero las preguntas SURE</translation>
    </message>
    <message>
        <source>Ask the SURE questions before the options</source>
        <translation>Hacer las preguntas SURE antes de ver las opciones</translation>
    </message>
    <message>
        <source>Before, </source>
        <translation>Antes, </translation>
    </message>
    <message>
        <source>Four questions for you, answered yes or no.</source>
        <translation>Cuatro preguntas para usted, para responder sí o no.</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Lo que le importa</translation>
    </message>
    <message>
        <source>Where we are</source>
        <translation>En qué punto estamos</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>En sus palabras</translation>
    </message>
    <message>
        <source>Do you feel sure? (the SURE test)</source>
        <translation>¿Lo tiene claro? (el test SURE)</translation>
    </message>
    <message>
        <source>What should we decide?</source>
        <translation>¿Qué debemos decidir?</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Opción 1</translation>
    </message>
    <message>
        <source>Wait and see</source>
        <translation>Esperar y observar</translation>
    </message>
    <message>
        <source>Start a decision</source>
        <translation>Empezar una decisión</translation>
    </message>
    <message>
        <source>Remove a decision</source>
        <translation>Quitar una decisión</translation>
    </message>
    <message>
        <source>Edit the decision</source>
        <translation>Editar la decisión</translation>
    </message>
    <message>
        <source>Say how you want to decide</source>
        <translation>Decir cómo quiere decidir</translation>
    </message>
    <message>
        <source>Asked first: {0} yes, {1} no, {2} not answered</source>
        <translation>Al principio: {0} sí, {1} no, {2} sin responder</translation>
    </message>
</context>
<context>
    <name>DecisionTeachBack</name>
    <message>
        <source>Write how they said the decision back</source>
        <translation>Escribir cómo repitió la decisión</translation>
    </message>
    <message>
        <source>Mark the decision as said back</source>
        <translation>Marcar que repitió la decisión</translation>
    </message>
    <message>
        <source>Unmark the decision as said back</source>
        <translation>Desmarcar que repitió la decisión</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>for the patient</source>
        <translation>a cargo del paciente</translation>
    </message>
    <message>
        <source>for the clinician</source>
        <translation>a cargo del profesional</translation>
    </message>
    <message>
        <source>for both</source>
        <translation>a cargo de los dos</translation>
    </message>
    <message>
        <source>raised by the patient</source>
        <translation>lo planteó el paciente</translation>
    </message>
    <message>
        <source>raised by the clinician</source>
        <translation>lo planteó el profesional</translation>
    </message>
    <message>
        <source>raised by both</source>
        <translation>lo plantearon los dos</translation>
    </message>
    <message>
        <source>open</source>
        <translation>por hablar</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>hablado</translation>
    </message>
    <message>
        <source>next time</source>
        <translation>para la próxima vez</translation>
    </message>
    <message>
        <source>said back in their own words</source>
        <translation>lo repitió con sus palabras</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agregar tema</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Quitar tema</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Mover tema</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Editar tema</translation>
    </message>
    <message>
        <source>Add concern</source>
        <translation>Agregar preocupación</translation>
    </message>
    <message>
        <source>Remove concern</source>
        <translation>Quitar preocupación</translation>
    </message>
    <message>
        <source>Move concern</source>
        <translation>Mover preocupación</translation>
    </message>
    <message>
        <source>Edit concern</source>
        <translation>Editar preocupación</translation>
    </message>
    <message>
        <source>Add uncertainty</source>
        <translation>Agregar algo que aún no sabemos</translation>
    </message>
    <message>
        <source>Remove uncertainty</source>
        <translation>Quitar algo que aún no sabemos</translation>
    </message>
    <message>
        <source>Move uncertainty</source>
        <translation>Mover algo que aún no sabemos</translation>
    </message>
    <message>
        <source>Edit uncertainty</source>
        <translation>Editar algo que aún no sabemos</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Agregar próximo paso</translation>
    </message>
    <message>
        <source>Remove next step</source>
        <translation>Quitar próximo paso</translation>
    </message>
    <message>
        <source>Move next step</source>
        <translation>Mover próximo paso</translation>
    </message>
    <message>
        <source>Edit next step</source>
        <translation>Editar próximo paso</translation>
    </message>
</context>
<context>
    <name>EntrySection</name>
    <message>
        <source>Type here and press Enter</source>
        <translation>Escriba aquí y presione Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add: {0}</source>
        <translation>Agregar: {0}</translation>
    </message>
    <message>
        <source>{0}: list</source>
        <translation>{0}: lista</translation>
    </message>
    <message>
        <source>Nothing here yet. Type above and press Enter.</source>
        <translation>Todavía no hay nada. Escriba arriba y presione Intro.</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <source>Questions you can ask, one click each:</source>
        <translation>Preguntas que puede hacer, con un clic cada una:</translation>
    </message>
    <message>
        <source>Selected item, {0}</source>
        <translation>Elemento seleccionado, {0}</translation>
    </message>
    <message>
        <source>Mark as: {0}</source>
        <translation>Marcar como: {0}</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>En qué punto está</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Control+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Control+Abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove selected item</source>
        <translation>Quitar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Remove (Delete); Ctrl+Z brings it back</source>
        <translation>Quitar (Suprimir); Control+Z lo recupera</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Remove the due date</source>
        <translation>Quitar la fecha límite</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Marcar como hablado</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Próxima vez</translation>
    </message>
    <message>
        <source>Add the question</source>
        <translation>Agregar la pregunta</translation>
    </message>
</context>
<context>
    <name>HandoutOptions</name>
    <message>
        <source>Handout language</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>Also print in</source>
        <translation>Imprimir también en</translation>
    </message>
    <message>
        <source>Print each part in a second language too, for a family member who helps.</source>
        <translation>Imprimir cada parte también en un segundo idioma, para un familiar que ayude.</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Print the handout in large type, in one column.</source>
        <translation>Imprimir el resumen con letra grande, en una sola columna.</translation>
    </message>
    <message>
        <source>Handout &amp;in</source>
        <translation>&amp;Resumen en</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>También en</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>IconArray</name>
    <message>
        <source>{0} out of {1} people</source>
        <translation>{0} de cada {1} personas</translation>
    </message>
</context>
<context>
    <name>IconArrayWidget</name>
    <message>
        <source>Picture of the numbers</source>
        <translation>Imagen de los números</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The visit store was repaired</source>
        <translation>Se reparó el archivo de las consultas</translation>
    </message>
    <message>
        <source>The folder of the visit store cannot be written to. Changes stay on screen and are saved as soon as it can.</source>
        <translation>No se puede escribir en la carpeta donde se guardan las consultas. Los cambios se quedan en pantalla y se guardarán en cuanto se pueda.</translation>
    </message>
    <message>
        <source>SharedVisit did not close properly last time. Your visit is open again, as it was last saved.</source>
        <translation>SharedVisit no se cerró bien la última vez. Su consulta está abierta de nuevo, tal como se guardó por última vez.</translation>
    </message>
    <message>
        <source>SharedVisit</source>
        <translation>SharedVisit</translation>
    </message>
    <message>
        <source>Build the visit together: what to talk about, what worries each of you, what we don&apos;t know yet, and what happens next.</source>
        <translation>Organicen juntos la consulta: de qué hablar, qué le preocupa a cada uno, lo que aún no sabemos y los próximos pasos.</translation>
    </message>
    <message>
        <source>Start a new visit</source>
        <translation>Empezar una consulta nueva</translation>
    </message>
    <message>
        <source>Open or find a visit…</source>
        <translation>Abrir o buscar una consulta…</translation>
    </message>
    <message>
        <source>Open or find a visit</source>
        <translation>Abrir o buscar una consulta</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>Nothing is shown while the screen is locked. Your work is saved.</source>
        <translation>No se muestra nada mientras la pantalla está bloqueada. Su trabajo está guardado.</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+L)</source>
        <translation>Desbloquear (Control+L)</translation>
    </message>
    <message>
        <source>Unlock the screen</source>
        <translation>Desbloquear la pantalla</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nueva consulta</translation>
    </message>
    <message>
        <source>&amp;Open or find a visit…</source>
        <translation>&amp;Abrir o buscar una consulta…</translation>
    </message>
    <message>
        <source>&amp;Import a visit file…</source>
        <translation>&amp;Importar un archivo de consulta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Guardar como &amp;plantilla…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Patient view</source>
        <translation>&amp;Vista del paciente</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>Go to section {0}</source>
        <translation>Ir a la sección {0}</translation>
    </message>
    <message>
        <source>&amp;About SharedVisit</source>
        <translation>&amp;Acerca de SharedVisit</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Guardar resumen como PDF</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Vista del paciente</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Bloquear pantalla</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Cannot start from this template</source>
        <translation>No se puede empezar con esta plantilla</translation>
    </message>
    <message>
        <source>Cannot start a visit</source>
        <translation>No se puede empezar una consulta</translation>
    </message>
    <message>
        <source>Import a visit file</source>
        <translation>Importar un archivo de consulta</translation>
    </message>
    <message>
        <source>This visit file cannot be opened</source>
        <translation>No se puede abrir este archivo de consulta</translation>
    </message>
    <message>
        <source>Cannot import the visit</source>
        <translation>No se puede importar la consulta</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>No se puede abrir la consulta</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Todavía no se ha guardado</translation>
    </message>
    <message>
        <source>The latest changes could not be saved: {0}</source>
        <translation>No se pudieron guardar los últimos cambios: {0}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Save a copy to a file…</source>
        <translation>Guardar una copia en un archivo…</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Save a copy of the visit</source>
        <translation>Guardar una copia de la consulta</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>No se puede guardar la copia</translation>
    </message>
    <message>
        <source>About SharedVisit</source>
        <translation>Acerca de SharedVisit</translation>
    </message>
    <message>
        <source>SharedVisit {0}

A clinician and a patient build the visit together, and the patient takes home a summary they can read.

The SURE test: Légaré F, et al. Can Fam Physician 2010;56(8):e308-14. © Ottawa Hospital Research Institute, used unaltered.</source>
        <translation>SharedVisit {0}

Un profesional de la salud y un paciente organizan juntos la consulta, y el paciente se lleva a casa un resumen que puede leer.

El test SURE: Légaré F, et al. Can Fam Physician 2010;56(8):e308-14. © Ottawa Hospital Research Institute, usado sin modificaciones.</translation>
    </message>
    <message>
        <source>Enter: add what you typed
Ctrl+1 / Ctrl+2 / Ctrl+3: patient / clinician / both
Ctrl+Up / Ctrl+Down: move the selected item
F2: edit the selected item; Delete: remove it
Ctrl+D: discussed; Ctrl+T: next time
Alt+1 to Alt+5: go to a section (Alt+5: the decision)
In the decision: 0 to 5 rate what matters; the arrow keys choose an answer
Ctrl+Z: undo; Ctrl+Shift+Z or Ctrl+Y: redo
Ctrl+P: print the summary; Ctrl+Shift+S: save it as PDF
Ctrl+Shift+P: patient view (F11 there: full screen)
Ctrl+= / Ctrl+- / Ctrl+0: text size
Ctrl+L: lock the screen
Ctrl+,: settings (the clinic, saved advice, questions to offer)</source>
        <translation>Intro: agregar lo que escribió
Control+1 / Control+2 / Control+3: paciente / profesional / los dos
Control+Arriba / Control+Abajo: mover el elemento seleccionado
F2: editar el elemento seleccionado; Suprimir: quitarlo
Control+D: hablado; Control+T: próxima vez
Alt+1 a Alt+5: ir a una sección (Alt+5: la decisión)
En la decisión: las teclas 0 a 5 valoran lo que importa; las flechas eligen una respuesta
Control+Z: deshacer; Control+Mayúsculas+Z o Control+Y: rehacer
Control+P: imprimir el resumen; Control+Mayúsculas+S: guardarlo como PDF
Control+Mayúsculas+P: vista del paciente (allí, F11: pantalla completa)
Control+= / Control+- / Control+0: tamaño del texto
Control+L: bloquear la pantalla
Control+,: configuración (la clínica, los consejos guardados, las preguntas que se ofrecen)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Saved as a template. Start a new visit to use it.</source>
        <translation>Se guardó como plantilla. Empiece una consulta nueva para usarla.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: {0} Trying again…</source>
        <translation>No se guardó: {0} Volviendo a intentarlo…</translation>
    </message>
</context>
<context>
    <name>NumberCell</name>
    <message>
        <source>No picture for this count: it is said in words.</source>
        <translation>No hay imagen para esta cifra: se dice con palabras.</translation>
    </message>
    <message>
        <source>How many people it happens to</source>
        <translation>A cuántas personas les pasa</translation>
    </message>
    <message>
        <source>Out of how many people</source>
        <translation>De cada cuántas personas</translation>
    </message>
    <message>
        <source>100 or 1,000 people give a picture; the same for every option</source>
        <translation>Con 100 o 1000 personas se muestra una imagen; use el mismo número en todas las opciones</translation>
    </message>
    <message>
        <source>How sure we are of this number</source>
        <translation>Hasta qué punto estamos seguros de este número</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Quitar este número</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>De cada</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Seguridad</translation>
    </message>
</context>
<context>
    <name>OptionGrid</name>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>We are very sure</source>
        <translation>Estamos muy seguros</translation>
    </message>
    <message>
        <source>We are fairly sure</source>
        <translation>Estamos bastante seguros</translation>
    </message>
    <message>
        <source>We are not very sure</source>
        <translation>No estamos muy seguros</translation>
    </message>
    <message>
        <source>We are very unsure</source>
        <translation>Estamos muy poco seguros</translation>
    </message>
    <message>
        <source>Option name</source>
        <translation>Nombre de la opción</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Quitar esta opción</translation>
    </message>
    <message>
        <source>Remove this option; Ctrl+Z brings it back</source>
        <translation>Quitar esta opción; Control+Z la recupera</translation>
    </message>
    <message>
        <source>What the option involves</source>
        <translation>En qué consiste la opción</translation>
    </message>
    <message>
        <source>What it involves, in a sentence or two</source>
        <translation>En qué consiste, en una o dos frases</translation>
    </message>
    <message>
        <source>Good things, one per line</source>
        <translation>Lo bueno, una cosa por línea</translation>
    </message>
    <message>
        <source>One good thing per line</source>
        <translation>Una cosa buena por línea</translation>
    </message>
    <message>
        <source>Bad things, one per line</source>
        <translation>Lo malo, una cosa por línea</translation>
    </message>
    <message>
        <source>One bad thing per line</source>
        <translation>Una cosa mala por línea</translation>
    </message>
    <message>
        <source>The options side by side</source>
        <translation>Las opciones lado a lado</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Agregar una opción</translation>
    </message>
    <message>
        <source>Add a number to compare, such as how many people feel better</source>
        <translation>Agregue un número para comparar, por ejemplo cuántas personas se sienten mejor</translation>
    </message>
    <message>
        <source>New number to compare</source>
        <translation>Nuevo número para comparar</translation>
    </message>
    <message>
        <source>What happens, and by when: knee pain better after 3 months</source>
        <translation>Qué pasa, y para cuándo: menos dolor de rodilla a los 3 meses</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add: New number to compare</source>
        <translation>Agregar: Nuevo número para comparar</translation>
    </message>
    <message>
        <source>Option {0}</source>
        <translation>Opción {0}</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Agregar un número</translation>
    </message>
    <message>
        <source>Change how many people</source>
        <translation>Cambiar cuántas personas</translation>
    </message>
    <message>
        <source>Change out of how many people</source>
        <translation>Cambiar de cada cuántas personas</translation>
    </message>
    <message>
        <source>Change how sure we are</source>
        <translation>Cambiar hasta qué punto estamos seguros</translation>
    </message>
    <message>
        <source>Remove a number</source>
        <translation>Quitar un número</translation>
    </message>
    <message>
        <source>Edit what the numbers are about</source>
        <translation>Editar de qué tratan los números</translation>
    </message>
    <message>
        <source>Rename an option</source>
        <translation>Cambiar el nombre de una opción</translation>
    </message>
    <message>
        <source>Edit what an option involves</source>
        <translation>Editar en qué consiste una opción</translation>
    </message>
    <message>
        <source>Edit good things</source>
        <translation>Editar lo bueno</translation>
    </message>
    <message>
        <source>Edit bad things</source>
        <translation>Editar lo malo</translation>
    </message>
    <message>
        <source>Option {0} of {1}: {2}</source>
        <translation>Opción {0} de {1}: {2}</translation>
    </message>
    <message>
        <source>A decision needs at least two options</source>
        <translation>Una decisión necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>{0}, for {1}</source>
        <translation>{0}, para {1}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>What it involves</source>
        <translation>En qué consiste</translation>
    </message>
    <message>
        <source>Good things</source>
        <translation>Lo bueno</translation>
    </message>
    <message>
        <source>Bad things</source>
        <translation>Lo malo</translation>
    </message>
    <message>
        <source>What the numbers are about</source>
        <translation>De qué tratan los números</translation>
    </message>
    <message>
        <source>Add the number for this option</source>
        <translation>Agregar el número para esta opción</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Quitar una opción</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>PatientView</name>
    <message>
        <source>Our visit</source>
        <translation>Nuestra consulta</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Vista del paciente</translation>
    </message>
    <message>
        <source>What we are deciding</source>
        <translation>Lo que estamos decidiendo</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Decided: {0}</source>
        <translation>Decidido: {0}</translation>
    </message>
    <message>
        <source>Leaning towards {0}</source>
        <translation>Nos inclinamos por {0}</translation>
    </message>
    <message>
        <source>Options: {0}</source>
        <translation>Opciones: {0}</translation>
    </message>
    <message>
        <source>Where we are: {0}</source>
        <translation>En qué punto estamos: {0}</translation>
    </message>
    <message>
        <source>SharedVisit</source>
        <translation>SharedVisit</translation>
    </message>
    <message>
        <source>Our visit, {0}</source>
        <translation>Nuestra consulta, {0}</translation>
    </message>
    <message>
        <source>Why you came: {0}</source>
        <translation>Por qué vino: {0}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Los dos</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Our p&amp;lan, in one or two sentences (printed first)</source>
        <translation>Nuestro p&amp;lan, en una o dos frases (se imprime primero)</translation>
    </message>
    <message>
        <source>The plan in one or two sentences</source>
        <translation>El plan en una o dos frases</translation>
    </message>
    <message>
        <source>For example: We think this is wear in the knee. You will try exercises.</source>
        <translation>Por ejemplo: Creemos que es desgaste de la rodilla. Va a probar unos ejercicios.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>Cómo comunicarse con nosotros</translation>
    </message>
    <message>
        <source>How to reach the clinician</source>
        <translation>Cómo comunicarse con el profesional</translation>
    </message>
    <message>
        <source>For example: call 555-0142, Monday to Friday</source>
        <translation>Por ejemplo: llame al 555-0142, de lunes a viernes</translation>
    </message>
</context>
<context>
    <name>PrivateNote</name>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Show private note</source>
        <translation>Mostrar la nota privada</translation>
    </message>
    <message>
        <source>Not printed, not shown to the patient.</source>
        <translation>No se imprime ni se muestra al paciente.</translation>
    </message>
    <message>
        <source>Only you see this. It is never printed and never shown to the patient.</source>
        <translation>Solo usted ve esto. Nunca se imprime ni se muestra al paciente.</translation>
    </message>
    <message>
        <source>Hide private note</source>
        <translation>Ocultar la nota privada</translation>
    </message>
</context>
<context>
    <name>ReadingHint</name>
    <message>
        <source>Reads at grade {0}: shorter sentences and everyday words help.</source>
        <translation>Nivel de lectura: grado {0}. Ayudan las frases más cortas y las palabras de todos los días.</translation>
    </message>
    <message>
        <source>Reading level</source>
        <translation>Nivel de lectura</translation>
    </message>
</context>
<context>
    <name>SafetyNetEditor</name>
    <message>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Printed in a box on the first page of the handout.</source>
        <translation>Se imprime en un recuadro en la primera página del resumen.</translation>
    </message>
    <message>
        <source>Use saved advice, one click each:</source>
        <translation>Usar consejos guardados, con un clic cada uno:</translation>
    </message>
    <message>
        <source>Warning signs, one per line</source>
        <translation>Señales de alarma, una por línea</translation>
    </message>
    <message>
        <source>One sign on each line. For example: You get a fever.</source>
        <translation>Una señal en cada línea. Por ejemplo: Tiene fiebre.</translation>
    </message>
    <message>
        <source>What to do if they happen</source>
        <translation>Qué hacer si aparecen</translation>
    </message>
    <message>
        <source>For example: Call the clinic the same day.</source>
        <translation>Por ejemplo: Llame a la clínica ese mismo día.</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <source>For example: 555-0142, day or night</source>
        <translation>Por ejemplo: 555-0142, de día o de noche</translation>
    </message>
    <message>
        <source>How long it should take to get better</source>
        <translation>Cuánto debería tardar en mejorar</translation>
    </message>
    <message>
        <source>For example: You should feel better within two weeks.</source>
        <translation>Por ejemplo: Debería sentirse mejor en dos semanas.</translation>
    </message>
    <message>
        <source>Remove this advice</source>
        <translation>Quitar este consejo</translation>
    </message>
    <message>
        <source>Remove the advice on when to get help</source>
        <translation>Quitar el consejo sobre cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Take it off the handout; Ctrl+Z brings it back</source>
        <translation>Quitarlo del resumen; Control+Z lo recupera</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Mejoría</translation>
    </message>
    <message>
        <source>Use saved advice</source>
        <translation>Usar un consejo guardado</translation>
    </message>
</context>
<context>
    <name>SaveTemplate</name>
    <message>
        <source>Save as template</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Name the template. It keeps what is on the lists and the options of a decision, without the patient&apos;s name, notes, answers or dates. Check the lists say nothing about this patient.</source>
        <translation>Ponga un nombre a la plantilla. Guarda lo que hay en las listas y las opciones de una decisión, sin el nombre del paciente, notas, respuestas ni fechas. Compruebe que las listas no digan nada sobre este paciente.</translation>
    </message>
    <message>
        <source>A template needs a name. Nothing was saved.</source>
        <translation>Una plantilla necesita un nombre. No se guardó nada.</translation>
    </message>
    <message>
        <source>You already have a template called “{0}”. Replace it?</source>
        <translation>Ya tiene una plantilla llamada “{0}”. ¿Quiere reemplazarla?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Reemplazarla</translation>
    </message>
    <message>
        <source>The template could not be saved</source>
        <translation>No se pudo guardar la plantilla</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Diagnosis: what is causing it</source>
        <translation>Diagnóstico: qué lo causa</translation>
    </message>
    <message>
        <source>Outcome: how things will go</source>
        <translation>Evolución: cómo irán las cosas</translation>
    </message>
    <message>
        <source>Treatment: what will help</source>
        <translation>Tratamiento: qué ayudará</translation>
    </message>
    <message>
        <source>Evidence: how much the research tells us</source>
        <translation>Evidencia: cuánto nos dicen los estudios</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>To talk about</source>
        <translation>Por hablar</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>Próxima vez</translation>
    </message>
    <message>
        <source>What we talk about today</source>
        <translation>De qué hablamos hoy</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Is there something else you want to talk about today?</source>
        <translation>¿Hay algo más de lo que quiera hablar hoy?</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Lo planteó</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Lo que dijimos</translation>
    </message>
    <message>
        <source>Note of what was said</source>
        <translation>Nota de lo que se dijo</translation>
    </message>
    <message>
        <source>A short note of what was said about it</source>
        <translation>Una nota breve de lo que se dijo sobre esto</translation>
    </message>
    <message>
        <source>What worries us</source>
        <translation>Lo que nos preocupa</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>What worries you? Both of us can add worries here.</source>
        <translation>¿Qué le preocupa? Los dos podemos anotar aquí nuestras preocupaciones.</translation>
    </message>
    <message>
        <source>New concern</source>
        <translation>Nueva preocupación</translation>
    </message>
    <message>
        <source>Whose worry</source>
        <translation>De quién es la preocupación</translation>
    </message>
    <message>
        <source>What we will do about it</source>
        <translation>Lo que haremos al respecto</translation>
    </message>
    <message>
        <source>What we will do about this concern</source>
        <translation>Lo que haremos con esta preocupación</translation>
    </message>
    <message>
        <source>What we will do about this worry</source>
        <translation>Lo que haremos con esta preocupación</translation>
    </message>
    <message>
        <source>What we don&apos;t know yet</source>
        <translation>Lo que aún no sabemos</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no sabemos</translation>
    </message>
    <message>
        <source>What don&apos;t we know yet?</source>
        <translation>¿Qué es lo que aún no sabemos?</translation>
    </message>
    <message>
        <source>New uncertainty</source>
        <translation>Algo nuevo que aún no sabemos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre qué</translation>
    </message>
    <message>
        <source>What the uncertainty is about</source>
        <translation>Sobre qué es lo que no sabemos</translation>
    </message>
    <message>
        <source>What we&apos;ll do about it</source>
        <translation>Lo que haremos al respecto</translation>
    </message>
    <message>
        <source>Plan for this uncertainty</source>
        <translation>Plan para esto que no sabemos</translation>
    </message>
    <message>
        <source>How we will find out, or live with not knowing</source>
        <translation>Cómo lo vamos a averiguar, o cómo vivir sin saberlo</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>What happens next, and who will do it?</source>
        <translation>¿Qué sigue ahora, y quién lo hará?</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>Who will do it</source>
        <translation>Quién lo hará</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Said it back in their own words</source>
        <translation>Lo repitió con sus palabras</translation>
    </message>
    <message>
        <source>We will: {0}</source>
        <translation>Haremos esto: {0}</translation>
    </message>
    <message>
        <source>{0}. Plan: {1}</source>
        <translation>{0}. Plan: {1}</translation>
    </message>
    <message>
        <source>By {0}</source>
        <translation>Para el {0}</translation>
    </message>
    <message>
        <source>In their words: “{0}”</source>
        <translation>En sus palabras: “{0}”</translation>
    </message>
    <message>
        <source>Said back</source>
        <translation>Lo repitió</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>When to get help</source>
        <translation>Cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>After-hours phone</source>
        <translation>Teléfono fuera de horario</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>Optional: a PNG or JPEG image</source>
        <translation>Opcional: una imagen PNG o JPEG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>After hours</source>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>These appear on every take-home summary.</source>
        <translation>Estos datos aparecen en cada resumen para llevar a casa.</translation>
    </message>
    <message>
        <source>Saved advice</source>
        <translation>Consejos guardados</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add advice</source>
        <translation>Agregar un consejo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove advice</source>
        <translation>Quitar el consejo</translation>
    </message>
    <message>
        <source>Name of the advice</source>
        <translation>Nombre del consejo</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>One warning sign on each line</source>
        <translation>Una señal de alarma en cada línea</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número al que llamar</translation>
    </message>
    <message>
        <source>How long it should take to get better</source>
        <translation>Cuánto debería tardar en mejorar</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Mejoría</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Idioma de las preguntas</translation>
    </message>
    <message>
        <source>Questions to offer</source>
        <translation>Preguntas que se ofrecen</translation>
    </message>
    <message>
        <source>One question on each line</source>
        <translation>Una pregunta en cada línea</translation>
    </message>
    <message>
        <source>The agenda offers these questions to the patient, one click each.</source>
        <translation>La sección Temas ofrece estas preguntas al paciente, con un clic cada una.</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>Follow the computer&apos;s language</source>
        <translation>Usar el idioma del equipo</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>This changes the window the next time SharedVisit starts. Each handout is printed in its visit&apos;s own language.</source>
        <translation>Esto cambia la ventana la próxima vez que se abra SharedVisit. Cada resumen se imprime en el idioma de su propia consulta.</translation>
    </message>
    <message>
        <source>Advice {0}</source>
        <translation>Consejo {0}</translation>
    </message>
    <message>
        <source>New advice</source>
        <translation>Nuevo consejo</translation>
    </message>
    <message>
        <source>This logo cannot be used</source>
        <translation>No se puede usar este logotipo</translation>
    </message>
    <message>
        <source>{0} is not a PNG or JPEG image that can be read.</source>
        <translation>{0} no es una imagen PNG o JPEG que se pueda leer.</translation>
    </message>
</context>
<context>
    <name>SummaryPane</name>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>Print the patient&apos;s take-home summary.</source>
        <translation>Imprimir el resumen del paciente para llevar a casa.</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Guardar resumen como PDF…</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Guardar resumen como PDF</translation>
    </message>
    <message>
        <source>Save the patient&apos;s take-home summary as a PDF file.</source>
        <translation>Guardar como archivo PDF el resumen del paciente para llevar a casa.</translation>
    </message>
    <message>
        <source>Open a visit to see the patient&apos;s take-home summary here.</source>
        <translation>Abra una consulta para ver aquí el resumen del paciente para llevar a casa.</translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation>Preparando el resumen…</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>The summary could not be saved as {path} ({reason}).</source>
        <translation>No se pudo guardar el resumen como {path} ({reason}).</translation>
    </message>
    <message>
        <source>The summary was saved as {name}.</source>
        <translation>El resumen se guardó como {name}.</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Imprimir de todos modos</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can save the summary as a PDF and print it from another computer.</source>
        <translation>No hay ninguna impresora configurada en este equipo. Puede guardar el resumen como PDF e imprimirlo desde otro equipo.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la consulta</translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer; check that it is switched on and try again.</source>
        <translation>No se pudo enviar el resumen a la impresora; compruebe que esté encendida e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Nothing was printed: the pages chosen are not in the summary, which runs from page 1 to page {last}.</source>
        <translation>No se imprimió nada: las páginas elegidas no están en el resumen, que va de la página 1 a la {last}.</translation>
    </message>
    <message>
        <source>The summary was printed to the file {name}.</source>
        <translation>El resumen se imprimió en el archivo {name}.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>El resumen se envió a la impresora.</translation>
    </message>
    <message>
        <source>Take-home summary</source>
        <translation>Resumen para llevar a casa</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Summary status</source>
        <translation>Estado del resumen</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Preview of the take-home summary</source>
        <translation>Vista previa del resumen para llevar a casa</translation>
    </message>
    <message>
        <source>Pages: {count} · Letter paper</source>
        <translation>Páginas: {count} · Papel carta</translation>
    </message>
    <message>
        <source>Pages: {count} · A4 paper</source>
        <translation>Páginas: {count} · Papel A4</translation>
    </message>
    <message>
        <source>The summary could not be prepared. The visit itself is not affected; the preview will try again after the next change.</source>
        <translation>No se pudo preparar el resumen. La consulta no se ve afectada; la vista previa lo intentará de nuevo después del próximo cambio.</translation>
    </message>
    <message>
        <source>The summary could not be shown.</source>
        <translation>No se pudo mostrar el resumen.</translation>
    </message>
    <message>
        <source>The summary could not be prepared, so nothing was done.</source>
        <translation>No se pudo preparar el resumen, así que no se hizo nada.</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…y {count} más.</translation>
    </message>
    <message>
        <source>Some of the text will not print as it was typed:</source>
        <translation>Parte del texto no se imprimirá tal como se escribió:</translation>
    </message>
    <message>
        <source>You can go back and change it, or go on as it is.</source>
        <translation>Puede volver y cambiarlo, o seguir así.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>{place}: text written right to left will print left to right, with Arabic letters not joined.</source>
        <translation>{place}: el texto escrito de derecha a izquierda se imprimirá de izquierda a derecha, con las letras árabes sin unir.</translation>
    </message>
    <message>
        <source>{place}: invisible control characters ({chars}) will be left out.</source>
        <translation>{place}: se omitirán los caracteres de control invisibles ({chars}).</translation>
    </message>
    <message>
        <source>{place}: {chars} cannot be printed and will show as empty boxes.</source>
        <translation>{place}: estos caracteres no se pueden imprimir y saldrán como cuadros vacíos: {chars}.</translation>
    </message>
    <message>
        <source>Agenda item {n}</source>
        <translation>Tema {n}</translation>
    </message>
    <message>
        <source>Concern {n}</source>
        <translation>Preocupación {n}</translation>
    </message>
    <message>
        <source>Unknown {n}</source>
        <translation>Punto {n} de lo que aún no sabemos</translation>
    </message>
    <message>
        <source>Next step {n}</source>
        <translation>Próximo paso {n}</translation>
    </message>
    <message>
        <source>Decision {n}</source>
        <translation>Decisión {n}</translation>
    </message>
    <message>
        <source>option {n}</source>
        <translation>opción {n}</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>Motivo de la consulta</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>How to reach the clinician</source>
        <translation>Cómo comunicarse con el profesional</translation>
    </message>
    <message>
        <source>what we said</source>
        <translation>lo que dijimos</translation>
    </message>
    <message>
        <source>what we will do</source>
        <translation>lo que haremos</translation>
    </message>
</context>
<context>
    <name>Sure</name>
    <message>
        <source>Sure of myself</source>
        <translation>Sentirse seguro/a</translation>
    </message>
    <message>
        <source>Do you feel SURE about the best choice for you?</source>
        <translatorcomment>Wording of the official OHRI Spanish SURE test as the translator remembers it; must be checked word for word against the official Spanish version (see docs/translating.md).</translatorcomment>
        <translation>¿Se siente SEGURO/A de cuál es la mejor opción para usted?</translation>
    </message>
    <message>
        <source>Understand information</source>
        <translation>Entender la información</translation>
    </message>
    <message>
        <source>Do you know the benefits and risks of each option?</source>
        <translatorcomment>Wording of the official OHRI Spanish SURE test as the translator remembers it; must be checked word for word against the official Spanish version (see docs/translating.md).</translatorcomment>
        <translation>¿Conoce los beneficios y riesgos de cada opción?</translation>
    </message>
    <message>
        <source>Risk-benefit ratio</source>
        <translation>Riesgos y beneficios</translation>
    </message>
    <message>
        <source>Are you clear about which benefits and risks matter most to you?</source>
        <translatorcomment>Wording of the official OHRI Spanish SURE test as the translator remembers it; must be checked word for word against the official Spanish version (see docs/translating.md).</translatorcomment>
        <translation>¿Tiene claro cuáles beneficios y riesgos son más importantes para usted?</translation>
    </message>
    <message>
        <source>Encouragement</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Do you have enough support and advice to make a choice?</source>
        <translatorcomment>Wording of the official OHRI Spanish SURE test as the translator remembers it; must be checked word for word against the official Spanish version (see docs/translating.md).</translatorcomment>
        <translation>¿Tiene suficiente apoyo y consejo para tomar una decisión?</translation>
    </message>
    <message>
        <source>The SURE test: Légaré F, et al. Can Fam Physician 2010;56(8):e308-14. © Ottawa Hospital Research Institute, used unaltered.</source>
        <translation>El test SURE: Légaré F, et al. Can Fam Physician 2010;56(8):e308-14. © Ottawa Hospital Research Institute, usado sin modificaciones.</translation>
    </message>
</context>
<context>
    <name>SureMessage</name>
    <message>
        <source>You are not sure yet, and that is all right: many people feel this way with a choice like this. Things that often help: more time to think it over, more information about the options, and talking it over with family or friends. We can come back to this before anything is decided.</source>
        <translation>Todavía tiene dudas, y eso está bien: a mucha gente le pasa con una decisión así. Lo que suele ayudar: más tiempo para pensarlo, más información sobre las opciones y hablarlo con su familia o sus amigos. Podemos volver a esto antes de decidir nada.</translation>
    </message>
    <message>
        <source>You feel sure about the choice.</source>
        <translation>Usted tiene clara su elección.</translation>
    </message>
</context>
<context>
    <name>SureQuestions</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Answer a SURE question</source>
        <translation>Responder una pregunta SURE</translation>
    </message>
</context>
<context>
    <name>TeachBack</name>
    <message>
        <source>You could ask: “I want to be sure I explained this well. How would you tell your family what we decided?”</source>
        <translation>Puede preguntar: “Quiero asegurarme de haberlo explicado bien. ¿Cómo le contaría a su familia lo que decidimos?”</translation>
    </message>
    <message>
        <source>You could ask: “I want to be sure I explained this well. How would you explain what you will do next, and when?”</source>
        <translation>Puede preguntar: “Quiero asegurarme de haberlo explicado bien. ¿Cómo explicaría lo que va a hacer ahora, y cuándo?”</translation>
    </message>
    <message>
        <source>Checked by {0} at {1}</source>
        <translation>Confirmado por {0} a las {1}</translation>
    </message>
    <message>
        <source>Checked by {0} on {1} at {2}</source>
        <translation>Confirmado por {0} el {1} a las {2}</translation>
    </message>
    <message>
        <source>Checked at {0}</source>
        <translation>Confirmado a las {0}</translation>
    </message>
    <message>
        <source>Checked on {0} at {1}</source>
        <translation>Confirmado el {0} a las {1}</translation>
    </message>
</context>
<context>
    <name>TeachBackEditor</name>
    <message>
        <source>Said it back in their own words</source>
        <translation>Lo repitió con sus palabras</translation>
    </message>
    <message>
        <source>Teach-back checks how well it was explained, not the patient.</source>
        <translation>Repetir con sus palabras sirve para comprobar si lo explicamos bien, no para evaluar al paciente.</translation>
    </message>
    <message>
        <source>How they said it back</source>
        <translation>Cómo lo repitió</translation>
    </message>
    <message>
        <source>Optional: how they put it, in their words</source>
        <translation>Opcional: cómo lo dijo, con sus palabras</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Open or start a visit</source>
        <translation>Abrir o empezar una consulta</translation>
    </message>
    <message>
        <source>Start a &amp;new visit</source>
        <translation>Empezar una consulta &amp;nueva</translation>
    </message>
    <message>
        <source>Start a new visit</source>
        <translation>Empezar una consulta nueva</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>A template fills a typical agenda, and a decision where it fits.</source>
        <translation>Una plantilla llena los temas de hoy habituales y, cuando corresponde, una decisión.</translation>
    </message>
    <message>
        <source>Start &amp;from</source>
        <translation>Empezar &amp;desde</translation>
    </message>
    <message>
        <source>Or open an earlier visit:</source>
        <translation>O abra una consulta anterior:</translation>
    </message>
    <message>
        <source>Search by patient name</source>
        <translation>Buscar por nombre del paciente</translation>
    </message>
    <message>
        <source>Visits found</source>
        <translation>Consultas encontradas</translation>
    </message>
    <message>
        <source>&amp;Import a visit file…</source>
        <translation>&amp;Importar un archivo de consulta…</translation>
    </message>
    <message>
        <source>Import a visit file</source>
        <translation>Importar un archivo de consulta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open selected visit</source>
        <translation>Abrir la consulta seleccionada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Blank visit</source>
        <translation>Consulta en blanco</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} ({1}, your own)</source>
        <translation>{0} ({1}, propia)</translation>
    </message>
    <message>
        <source>This visit file cannot be imported</source>
        <translation>No se puede importar este archivo de consulta</translation>
    </message>
    <message>
        <source>The visits could not be read: %1.</source>
        <translation>No se pudieron leer las consultas: %1.</translation>
    </message>
    <message>
        <source>No visit matches that name.</source>
        <translation>Ninguna consulta coincide con ese nombre.</translation>
    </message>
    <message>
        <source>No visits yet. Start a new visit.</source>
        <translation>Todavía no hay consultas. Empiece una consulta nueva.</translation>
    </message>
</context>
<context>
    <name>VisitDocument</name>
    <message>
        <source>Edit patient name</source>
        <translation>Editar el nombre del paciente</translation>
    </message>
    <message>
        <source>Edit clinician name</source>
        <translation>Editar el nombre del profesional</translation>
    </message>
    <message>
        <source>Change visit date</source>
        <translation>Cambiar la fecha de la consulta</translation>
    </message>
    <message>
        <source>Edit reason for the visit</source>
        <translation>Editar el motivo de la consulta</translation>
    </message>
    <message>
        <source>Change handout language</source>
        <translation>Cambiar el idioma del resumen</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Editar el plan</translation>
    </message>
    <message>
        <source>Edit how to reach the clinician</source>
        <translation>Editar cómo comunicarse con el profesional</translation>
    </message>
    <message>
        <source>Edit private note</source>
        <translation>Editar la nota privada</translation>
    </message>
    <message>
        <source>Edit when to get help</source>
        <translation>Editar cuándo pedir ayuda</translation>
    </message>
    <message>
        <source>Change large print</source>
        <translation>Cambiar la letra grande</translation>
    </message>
    <message>
        <source>Change the second handout language</source>
        <translation>Cambiar el segundo idioma del resumen</translation>
    </message>
</context>
<context>
    <name>VisitHeader</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>Motivo de la consulta</translation>
    </message>
    <message>
        <source>Why the patient came, in their words</source>
        <translation>Por qué vino el paciente, en sus palabras</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Reason for the visit</source>
        <translation>Motivo de la consulta</translation>
    </message>
</context>
<context>
    <name>VisitTabs</name>
    <message>
        <source>Visit sections</source>
        <translation>Secciones de la consulta</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>WhatMatters</name>
    <message>
        <source>0 of 5: does not matter</source>
        <translation>0 de 5: no importa</translation>
    </message>
    <message>
        <source>1 of 5: matters a little</source>
        <translation>1 de 5: importa un poco</translation>
    </message>
    <message>
        <source>2 of 5: matters some</source>
        <translation>2 de 5: importa algo</translation>
    </message>
    <message>
        <source>3 of 5: matters</source>
        <translation>3 de 5: importa</translation>
    </message>
    <message>
        <source>4 of 5: matters a lot</source>
        <translation>4 de 5: importa mucho</translation>
    </message>
    <message>
        <source>5 of 5: matters most</source>
        <translation>5 de 5: es lo que más importa</translation>
    </message>
    <message>
        <source>What matters</source>
        <translation>Lo que importa</translation>
    </message>
    <message>
        <source>How much it matters</source>
        <translation>Cuánto importa</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Lo dijo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove what matters</source>
        <translation>Quitar lo que importa</translation>
    </message>
    <message>
        <source>Remove this; Ctrl+Z brings it back</source>
        <translation>Quitar esto; Control+Z lo recupera</translation>
    </message>
</context>
<context>
    <name>WhatMattersEditor</name>
    <message>
        <source>What matters most to you about this choice?</source>
        <translation>¿Qué es lo que más le importa de esta decisión?</translation>
    </message>
    <message>
        <source>New thing that matters</source>
        <translation>Algo nuevo que importa</translation>
    </message>
    <message>
        <source>For example: keep walking my dog. Press Enter to add.</source>
        <translation>Por ejemplo: seguir paseando a mi perro. Presione Intro para agregarlo.</translation>
    </message>
    <message>
        <source>Named by</source>
        <translation>Lo dijo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add: New thing that matters</source>
        <translation>Agregar: Algo nuevo que importa</translation>
    </message>
    <message>
        <source>Nothing yet. Ask what matters most, and rate each from 0 to 5.</source>
        <translation>Todavía no hay nada. Pregunte qué es lo que más importa y valore cada cosa de 0 a 5.</translation>
    </message>
    <message>
        <source>Strongest first</source>
        <translation>Lo más importante primero</translation>
    </message>
    <message>
        <source>Put what matters most first</source>
        <translation>Poner primero lo que más importa</translation>
    </message>
    <message>
        <source>Add what matters</source>
        <translation>Agregar lo que importa</translation>
    </message>
    <message>
        <source>Edit what matters</source>
        <translation>Editar lo que importa</translation>
    </message>
    <message>
        <source>Rate what matters</source>
        <translation>Valorar lo que importa</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Elemento {0} de {1}</translation>
    </message>
    <message>
        <source>Remove what matters</source>
        <translation>Quitar lo que importa</translation>
    </message>
</context>
<context>
    <name>WhereWeAre</name>
    <message>
        <source>Not decided yet</source>
        <translation>Todavía sin decidir</translation>
    </message>
    <message>
        <source>Leaning towards an option</source>
        <translation>Nos inclinamos por una opción</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decidido</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidir más adelante</translation>
    </message>
    <message>
        <source>I want to decide</source>
        <translation>Quiero decidir yo</translation>
    </message>
    <message>
        <source>Let&apos;s decide together</source>
        <translation>Decidamos juntos</translation>
    </message>
    <message>
        <source>I want my clinician to decide</source>
        <translation>Quiero que decida el profesional</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Sin preguntar todavía</translation>
    </message>
    <message>
        <source>Decided: say which option was chosen, under Which option.</source>
        <translation>Decidido: indique qué opción se eligió, en Qué opción.</translation>
    </message>
    <message>
        <source>Which option: pick one of the options again.</source>
        <translation>Qué opción: vuelva a elegir una de las opciones.</translation>
    </message>
    <message>
        <source>A decision needs at least two options. Waiting is one too.</source>
        <translation>Una decisión necesita al menos dos opciones. Esperar también es una.</translation>
    </message>
    <message>
        <source>A number is counted out of different numbers of people for different options. Use the same for all options, so they can be compared.</source>
        <translation>Un número se cuenta sobre distintas cantidades de personas en distintas opciones. Use la misma en todas las opciones para poder compararlas.</translation>
    </message>
    <message>
        <source>Where we are: {0}</source>
        <translation>En qué punto estamos: {0}</translation>
    </message>
    <message>
        <source>Which option</source>
        <translation>Qué opción</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Quién decidió</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Say who decided</source>
        <translation>Indicar quién decidió</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Fecha para decidir</translation>
    </message>
    <message>
        <source>Change when to decide by</source>
        <translation>Cambiar la fecha para decidir</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Remove the decide-by date</source>
        <translation>Quitar la fecha para decidir</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguna todavía</translation>
    </message>
    <message>
        <source>Change where we are</source>
        <translation>Cambiar en qué punto estamos</translation>
    </message>
    <message>
        <source>Choose an option</source>
        <translation>Elegir una opción</translation>
    </message>
</context>
</TS>
