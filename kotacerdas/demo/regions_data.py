"""Reference regions of the demo: Kota Kupang (53.71) and Kota Singkawang (61.72).

Codes and names are the official Kemendagri ones (Kepmendagri No 300.2.2-2138 Tahun 2025):
Kota Kupang has 6 kecamatan and 51 kelurahan, Kota Singkawang 5 kecamatan and 26 kelurahan.

The kelurahan centroids are APPROXIMATE: taken from simplified public boundaries and rounded to
3 decimals (about 110 m). They place map markers and seed the demo's schematic boundaries
(``kotacerdas.demo.schematic``); they are not survey points. Real boundaries are loaded with
``kotacerdas import-boundaries``.
"""

PROVINCES = [
    ("53", "Nusa Tenggara Timur"),
    ("61", "Kalimantan Barat"),
]

CITIES = [
    ("53.71", "Kota Kupang"),
    ("61.72", "Kota Singkawang"),
]

DISTRICTS = [
    ("53.71.01", "Alak"),
    ("53.71.02", "Maulafa"),
    ("53.71.03", "Kelapa Lima"),
    ("53.71.04", "Oebobo"),
    ("53.71.05", "Kota Raja"),
    ("53.71.06", "Kota Lama"),
    ("61.72.01", "Singkawang Tengah"),
    ("61.72.02", "Singkawang Barat"),
    ("61.72.03", "Singkawang Timur"),
    ("61.72.04", "Singkawang Utara"),
    ("61.72.05", "Singkawang Selatan"),
]

# kode, nama, APPROXIMATE centroid longitude and latitude (3 decimals, about 110 m)
KELURAHAN = [
    ("53.71.01.1001", "Namosain", 123.553, -10.176),
    ("53.71.01.1002", "Nunbaun Sabu", 123.565, -10.179),
    ("53.71.01.1003", "Nunbaun Delha", 123.570, -10.175),
    ("53.71.01.1004", "Nunhila", 123.573, -10.168),
    ("53.71.01.1005", "Fatufeto", 123.576, -10.168),
    ("53.71.01.1006", "Manutapen", 123.576, -10.181),
    ("53.71.01.1007", "Mantasi", 123.581, -10.171),
    ("53.71.01.1008", "Alak", 123.537, -10.193),
    ("53.71.01.1009", "Batu Plat", 123.585, -10.203),
    ("53.71.01.1010", "Manulai II", 123.556, -10.218),
    ("53.71.01.1011", "Naioni", 123.595, -10.260),
    ("53.71.01.1012", "Penkase Oeleta", 123.561, -10.192),
    ("53.71.02.1001", "Oepura", 123.612, -10.190),
    ("53.71.02.1002", "Maulafa", 123.623, -10.188),
    ("53.71.02.1003", "Penfui", 123.669, -10.175),
    ("53.71.02.1004", "Naimata", 123.641, -10.184),
    ("53.71.02.1005", "Bello", 123.626, -10.214),
    ("53.71.02.1006", "Fatukoa", 123.613, -10.244),
    ("53.71.02.1007", "Kolhua", 123.645, -10.211),
    ("53.71.02.1008", "Sikumana", 123.609, -10.206),
    ("53.71.02.1009", "Naikolan", 123.602, -10.190),
    ("53.71.03.1001", "Kelapa Lima", 123.619, -10.151),
    ("53.71.03.1010", "Oesapa", 123.653, -10.148),
    ("53.71.03.1011", "Lasiana", 123.671, -10.144),
    ("53.71.03.1014", "Oesapa Barat", 123.632, -10.148),
    ("53.71.03.1015", "Oesapa Selatan", 123.653, -10.159),
    ("53.71.04.1001", "Oebobo", 123.602, -10.169),
    ("53.71.04.1008", "Oetete", 123.589, -10.166),
    ("53.71.04.1009", "Oebufu", 123.621, -10.175),
    ("53.71.04.1010", "Liliba", 123.645, -10.169),
    ("53.71.04.1011", "Fatululi", 123.609, -10.163),
    ("53.71.04.1013", "Kayu Putih", 123.621, -10.164),
    ("53.71.04.1014", "Tuak Daun Merah", 123.631, -10.163),
    ("53.71.05.1001", "Bakunase", 123.586, -10.189),
    ("53.71.05.1002", "Bakunase Dua", 123.594, -10.193),
    ("53.71.05.1003", "Airnona", 123.587, -10.180),
    ("53.71.05.1004", "Naikoten Satu", 123.600, -10.181),
    ("53.71.05.1005", "Naikoten Dua", 123.598, -10.175),
    ("53.71.05.1006", "Kuanino", 123.593, -10.171),
    ("53.71.05.1007", "Nunleu", 123.590, -10.174),
    ("53.71.05.1008", "Fontein", 123.582, -10.167),
    ("53.71.06.1001", "Airmata", 123.579, -10.168),
    ("53.71.06.1002", "Lai Lai Bisi Kopan", 123.577, -10.162),
    ("53.71.06.1003", "Bonipoi", 123.580, -10.162),
    ("53.71.06.1004", "Solor", 123.582, -10.159),
    ("53.71.06.1005", "Tode Kisar", 123.585, -10.158),
    ("53.71.06.1006", "Merdeka", 123.586, -10.162),
    ("53.71.06.1007", "Oeba", 123.593, -10.160),
    ("53.71.06.1008", "Fatubesi", 123.591, -10.156),
    ("53.71.06.1009", "Pasir Panjang", 123.603, -10.153),
    ("53.71.06.1010", "Nefonaek", 123.603, -10.157),
    ("61.72.01.1001", "Roban", 109.014, 0.909),
    ("61.72.01.1002", "Condong", 108.996, 0.913),
    ("61.72.01.1003", "Sekip Lama", 108.997, 0.923),
    ("61.72.01.1004", "Jawa", 108.987, 0.920),
    ("61.72.01.1005", "Bukit Batu", 109.007, 0.932),
    ("61.72.01.1006", "Sungai Wie", 108.979, 0.927),
    ("61.72.02.1001", "Pasiran", 108.978, 0.898),
    ("61.72.02.1002", "Melayu", 108.985, 0.912),
    ("61.72.02.1003", "Tengah", 108.989, 0.915),
    ("61.72.02.1004", "Kuala", 108.967, 0.913),
    ("61.72.03.1001", "Pajintan", 109.042, 0.883),
    ("61.72.03.1002", "Nyarumkop", 109.074, 0.908),
    ("61.72.03.1003", "Maya Sopa", 109.129, 0.947),
    ("61.72.03.1004", "Bagak Sahwa", 109.097, 0.883),
    ("61.72.03.1005", "Sanggau Kulor", 109.012, 0.863),
    ("61.72.04.1001", "Sungai Garam Hilir", 108.982, 0.939),
    ("61.72.04.1002", "Naram", 109.015, 0.939),
    ("61.72.04.1003", "Sungai Bulan", 109.019, 0.950),
    ("61.72.04.1004", "Sungai Rasau", 109.021, 0.959),
    ("61.72.04.1005", "Setapuk Kecil", 109.026, 0.969),
    ("61.72.04.1006", "Setapuk Besar", 109.039, 0.982),
    ("61.72.04.1007", "Semelagi Kecil", 109.036, 0.996),
    ("61.72.05.1001", "Sedau", 108.929, 0.846),
    ("61.72.05.1002", "Sagatani", 109.033, 0.787),
    ("61.72.05.1003", "Sijangkung", 108.976, 0.844),
    ("61.72.05.1004", "Pangmilang", 108.981, 0.797),
]  # fmt: skip
