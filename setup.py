"Package setup driven by settings.ini (nbdev 2 style, without pkg_resources)."
from configparser import ConfigParser
import re, setuptools

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

expected = ('version description keywords author author_email license user repo lib_name '
            'min_python status audience language').split()
missing = [o for o in expected if o not in cfg]
if missing: raise SystemExit(f'settings.ini is missing: {missing}')

licenses = {'apache2': 'Apache-2.0', 'mit': 'MIT'}  # SPDX expressions
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable',
            '6 - Mature', '7 - Inactive']
py_versions = '3.10 3.11 3.12 3.13'.split()
min_python = cfg['min_python']
lic = licenses.get(cfg['license'].lower(), cfg['license'])

def split_reqs(key): return cfg.get(key, '').split()

requirements = split_reqs('requirements')
dev_requirements = split_reqs('dev_requirements')
console_scripts = cfg.get('console_scripts', '').split('\n')
console_scripts = [s.strip() for s in console_scripts if s.strip()]

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    license=lic,
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])],
                 'Intended Audience :: ' + cfg['audience'].title(),
                 'Natural Language :: ' + cfg['language'].title()]
                + [f'Programming Language :: Python :: {v}' for v in py_versions[py_versions.index(min_python):]],
    url=cfg['git_url'],
    # The bundled data and tokenizer (data/ of the checkout) ship inside the package as tjd_nb/bundled/, so a
    # non-editable install finds them (tjd_nb.data.bundled_dir); an editable install reads data/ itself.
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']) + [cfg['lib_path'] + '.bundled'],
    package_dir={cfg['lib_path'] + '.bundled': 'data'},
    package_data={cfg['lib_path'] + '.bundled': ['*/*.jsonl', '*/*.json']},
    include_package_data=True,
    install_requires=requirements,
    extras_require={'dev': dev_requirements},
    python_requires='>=' + min_python,
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={'console_scripts': console_scripts, 'nbdev': [f'{cfg["lib_path"]}={cfg["lib_path"]}._modidx:d']},
    author=cfg['author'], author_email=cfg['author_email'],
    description=cfg['description'], keywords=cfg['keywords'],
)
