# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the hostile inputs of docs/reliability.md in the current folder:
#   python3 make_inputs.py path/to/antrum-cli data/samples/lindewaard.json
# Generates the hostile inputs of docs/reliability.md into the current folder.
import os, sqlite3, shutil, subprocess, sys
cli = sys.argv[1]
head = b'<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" identifier="id-m">'
def w(name, data):
    with open(name, 'wb') as f: f.write(data)
w('dtd.xml', b'<?xml version="1.0"?>\n<!DOCTYPE model [\n  <!ELEMENT model ANY>\n]>\n' + head + b'<name>x</name></model>')
x = b'<?xml version="1.0"?>\n<!DOCTYPE model [\n  <!ENTITY lol "lol">\n'
for level in range(1, 10):
    x += b'  <!ENTITY lol%d "' % level + (b'&lol%s;' % (b'' if level == 1 else str(level-1).encode())) * 10 + b'">\n'
w('billion-laughs.xml', x + b']>\n' + head + b'<name>&lol9;</name></model>')
w('xxe.xml', b'<?xml version="1.0"?>\n<!DOCTYPE model [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n' + head + b'<name>&xxe;</name></model>')
w('bad-utf8.xml', b'<?xml version="1.0" encoding="UTF-8"?>\n' + head + b'\n  <name>Gemeente \xff\xfe Lindewaard</name>\n</model>')
# documents
subprocess.run([cli, 'import', sys.argv[2], '-o', 'valid.antrum'], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def spoil(name, *sql):
    shutil.copy('valid.antrum', name)
    c = sqlite3.connect(name)
    for s in sql: c.execute(s)
    c.commit(); c.close()
spoil('trigger.antrum', 'CREATE TRIGGER wipe AFTER INSERT ON nodes BEGIN DELETE FROM edges; END')
spoil('view.antrum', 'CREATE VIEW everything AS SELECT * FROM nodes, edges')
spoil('table.antrum', 'CREATE TABLE payload (data BLOB)')
spoil('column.antrum', 'ALTER TABLE nodes ADD COLUMN secret TEXT')
spoil('foreign.antrum', 'PRAGMA application_id = 1179603523')
spoil('newer.antrum', 'PRAGMA user_version = 42')
w('empty.antrum', b'')
w('zeros.antrum', b'\0' * (1 << 20))
# JSON
w('long-name.json', b'{\n  "format": "antrum-model",\n  "version": 1,\n  "name": "' + b'a' * 10_000_000 + b'",\n  "nodes": [],\n  "edges": []\n}\n')
w('deep.json', b'{"format":"antrum-model","version":1,"name":"deep","x-deep":' + b'[' * 100_000)
w('bad-utf8.json', b'{\n  "format": "antrum-model",\n  "version": 1,\n  "name": "Lindewaard \xc0\xaf",\n  "nodes": [],\n  "edges": []\n}\n')
def nodes(name, count, template):
    with open(name, 'wb') as f:
        f.write(b'{"format":"antrum-model","version":1,"name":"Ten million","nodes":[\n')
        first, chunk = True, []
        for i in range(count):
            chunk.append(template % ((i, i) if template.count(b'%d') == 2 else i))
            if len(chunk) == 100000 or i == count - 1:
                f.write((b'' if first else b',\n') + b',\n'.join(chunk)); first, chunk = False, []
        f.write(b'\n],"edges":[]}\n')
nodes('ten-million-nodes.json', 10_000_000, b'{"id":"app-%d","kind":"application","name":"Application %d"}')
# CSV
w('bad-utf8.csv', b'id,name,kind\napp-a,Zaaksysteem,application\napp-b,Burger\xffzaken,application\n')
w('long-cell.csv', b'id,name,kind\napp-a,' + b'x' * 10_000_000 + b',application\n')
w('million-columns.csv', b'id,name,kind' + b''.join(b',c%d' % i for i in range(1_000_000)) + b'\napp-a,Zaaksysteem,application' + b',v' * 1_000_000 + b'\n')
# Just under the byte limit: what 10 million nodes cost when they are read.
nodes('ten-million-compact.json', 10_000_000, b'{"id":"h%d","kind":"host","name":"h"}')
